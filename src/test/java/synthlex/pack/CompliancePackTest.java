package synthlex.pack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import synthlex.TestRuleBase;
import synthlex.engine.Options;
import synthlex.input.ServiceDescriptionParser;
import synthlex.json.Json;
import synthlex.law.Citation;
import synthlex.model.ServiceDescription;
import synthlex.rules.RuleInfo;

class CompliancePackTest {
    static final String PLAN = "plan.md", CSV = "checklist.csv", FILING = "algorithm-filing-draft.md",
            ASSESSMENT = "security-self-assessment-outline.md", LABELS = "labelling-spec.md", CONSENT = "consent-texts.md";
    static final List<String> ALL = List.of(PLAN, CSV, FILING, ASSESSMENT, LABELS, CONSENT);

    /** For each example service, the files of its pack (the same under en/ and zh/, in this order). */
    static final Map<String, List<String>> EXPECTED = Map.ofEntries(
            Map.entry("app-store.json", List.of(PLAN, CSV, LABELS, CONSENT)),
            Map.entry("childrens-app.json", ALL),
            Map.entry("companion-chatbot.json", ALL),
            Map.entry("content-platform.json", ALL),
            Map.entry("ecommerce-pricing.json", ALL),
            Map.entry("face-login.json", List.of(PLAN, CSV, CONSENT)),
            Map.entry("face-swap-app.json", ALL),
            Map.entry("image-generator.json", ALL),
            Map.entry("minors-education-app.json", ALL),
            Map.entry("news-aggregator.json", ALL),
            Map.entry("photo-restoration-app.json", List.of(PLAN, CSV, LABELS, CONSENT)),
            Map.entry("public-chatbot.json", ALL),
            Map.entry("public-llm-api.json", ALL),
            Map.entry("research-model.json", List.of(PLAN, CSV, CONSENT)),
            Map.entry("ride-dispatch.json", List.of(PLAN, CSV, LABELS, CONSENT)),
            Map.entry("short-video-platform.json", ALL),
            Map.entry("text-to-image-service.json", ALL),
            Map.entry("virtual-scene-generator.json", ALL),
            Map.entry("voice-cloning-api.json", ALL));

    static ServiceDescription service(Path file) throws IOException {
        return ServiceDescriptionParser.parse(Files.readString(file));
    }

    static CompliancePack pack(Path file) throws IOException {
        ServiceDescription s = service(file);
        return CompliancePack.build(s, CompliancePack.evaluate(TestRuleBase.evaluator(), s, Options.DEFAULT), TestRuleBase.get().sources());
    }

    static Sources sources() {
        return new Sources(TestRuleBase.get().sources());
    }

    /** The zip's entries, path to bytes, in order. */
    static List<Map.Entry<String, byte[]>> unzip(byte[] zip) throws IOException {
        List<Map.Entry<String, byte[]>> out = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) out.add(Map.entry(e.getName(), in.readAllBytes()));
        }
        return out;
    }

    static List<String> paths(List<String> files) {
        List<String> out = new ArrayList<>();
        for (String lang : List.of("en", "zh")) for (String f : files) out.add(lang + "/" + f);
        return out;
    }

    /** Every check of a pack's documents, as one list of problems. */
    static List<String> problems(List<Map.Entry<String, byte[]>> entries, String version, String asOf) {
        Sources sources = sources();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : entries) {
            String file = e.getKey();
            String text = new String(e.getValue(), StandardCharsets.UTF_8);
            if (!text.contains(version)) problems.add(file + ": no rule-base version");
            if (!text.contains(asOf)) problems.add(file + ": no as-of date");
            if (!file.endsWith(".md")) continue;
            problems.addAll(PackChecks.emptySections(file, text));
            problems.addAll(PackChecks.unresolved(file, text, sources));
            problems.addAll(PackChecks.uncitedRequirements(file, text, sources));
            problems.addAll(PackChecks.unregisteredQuotes(file, text, TestRuleBase.get().sources()));
            if (!file.endsWith(PLAN)) problems.addAll(PackChecks.unmarkedItems(file, text, sources));
            if (file.endsWith(LABELS)) problems.addAll(PackChecks.unverifiedItems(file, text, sources));
        }
        return problems;
    }

    @TestFactory
    Stream<DynamicTest> every_example_unzips_to_its_files_with_no_empty_section_and_no_uncited_requirement() throws IOException {
        List<Path> facts;
        try (Stream<Path> s = Files.list(Path.of("facts"))) {
            facts = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertEquals(EXPECTED.keySet(), new HashSet<>(facts.stream().map(p -> p.getFileName().toString()).toList()),
                "every file in facts/ has its expected pack here");
        return facts.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            CompliancePack pack = pack(file);
            List<Map.Entry<String, byte[]>> entries = unzip(pack.zip());
            assertEquals(paths(EXPECTED.get(file.getFileName().toString())), entries.stream().map(Map.Entry::getKey).toList());
            JsonNode answer = Json.MAPPER.readTree(Json.compactBytes(TestRuleBase.evaluator().evaluate(service(file))));
            List<String> problems = problems(entries, answer.path("ruleBase").path("version").asText(), answer.path("asOf").asText());
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        }));
    }

    @TestFactory
    Stream<DynamicTest> before_the_law_came_into_force_the_pack_still_cites_only_what_binds_and_marks_what_is_to_come() {
        record Case(String file, String asOf, List<String> files) { }
        return Stream.of(
                new Case("face-swap-app.json", "2022-12-01", ALL),
                new Case("face-swap-app.json", "2025-06-01", ALL),
                new Case("companion-chatbot.json", "2026-07-01", ALL),
                new Case("text-to-image-service.json", "2023-06-01", List.of(PLAN, CSV, FILING, ASSESSMENT, LABELS, CONSENT))
        ).map(c -> DynamicTest.dynamicTest(c.file() + " as of " + c.asOf(), () -> {
            ServiceDescription s = ServiceDescriptionParser.parse(Files.readString(Path.of("facts", c.file()))
                    .replaceFirst("\\{", "{\"asOf\": \"" + c.asOf() + "\","));
            CompliancePack pack = CompliancePack.build(s, CompliancePack.evaluate(TestRuleBase.evaluator(), s, Options.DEFAULT), TestRuleBase.get().sources());
            List<Map.Entry<String, byte[]>> entries = unzip(pack.zip());
            assertEquals(paths(c.files()), entries.stream().map(Map.Entry::getKey).toList());
            List<String> problems = problems(entries, TestRuleBase.get().version(), c.asOf());
            assertTrue(problems.isEmpty(), String.join("\n", problems));
        }));
    }

    @Test
    void a_document_is_there_exactly_when_an_obligation_it_serves_applies_and_the_plan_says_why_one_is_absent() throws IOException {
        CompliancePack pack = pack(Path.of("facts/ride-dispatch.json"));
        String plan = text(pack, "en/plan.md");
        assertTrue(plan.contains("- `algorithm-filing-draft.md` — A draft of the algorithm filing"), plan);
        assertTrue(plan.contains("Not included: no obligation it serves applies"), plan);
        assertTrue(text(pack, "zh/plan.md").contains("未包含：没有适用的相关义务"));
        String withFiling = text(pack(Path.of("facts/face-swap-app.json")), "en/plan.md");
        assertTrue(withFiling.contains("- `algorithm-filing-draft.md` — A draft of the algorithm filing: the filing system's sections pre-filled "
                + "from the description, with what is still to write marked. Included because these apply: `algorithm-filing` [ARP Art. 24(1)]"), withFiling);
    }

    @Test
    void the_plan_names_an_undetermined_obligation_as_the_reason_a_draft_is_absent() throws Exception {
        ServiceDescription s = ServiceDescriptionParser.parse("{\"name\":\"BareBot\",\"roles\":[\"service-provider\"],\"capabilities\":[\"chat\"],\"asOf\":\"2026-12-01\"}");
        CompliancePack pack = CompliancePack.build(s, CompliancePack.evaluate(TestRuleBase.evaluator(), s, Options.DEFAULT), TestRuleBase.get().sources());
        assertEquals(List.of("en/plan.md", "en/checklist.csv", "zh/plan.md", "zh/checklist.csv"), pack.entries().stream().map(CompliancePack.Entry::path).toList());
        String plan = text(pack, "en/plan.md");
        assertTrue(plan.contains("Not included: no obligation it serves applies; related: `algorithm-filing` (undetermined: /audience/publicInMainlandChina, /audience/inMainlandChina"), plan);
        List<String> problems = problems(unzip(pack.zip()), TestRuleBase.get().version(), "2026-12-01");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void the_plan_quotes_every_citation_with_its_registered_text() throws IOException {
        String plan = text(pack(Path.of("facts/face-swap-app.json")), "en/plan.md");
        Citation c = TestRuleBase.get().sources().resolve("DSP Art. 17(1)(3)");
        assertTrue(plan.contains("  - [DSP Art. 17(1)(3)] Deep Synthesis Provisions Art. 17(1)(3) (第十七条第一款第（三）项) · verbatim · in force from 2023-01-10\n"
                + "    > 深度合成服务提供者提供以下深度合成服务，可能导致公众混淆或者误认的，应当在生成或者编辑的信息内容的合理位置、区域进行显著标识，向公众提示深度合成情况：\n"
                + "    > " + c.text() + "\n"), plan);
        assertTrue(plan.contains("- Timing: within 10 working days of launch (the day the service is first provided); also within 10 working days of the "
                + "change; also within 20 working days of the end of the service [ARP Art. 24(1)] [ARP Art. 24(2)] [ARP Art. 24(3)] · Due: —\n"),
                "the answer's timing, and no due date without launchDate");
    }

    @Test
    void timing_due_and_summary_are_read_from_the_answer_when_present() throws IOException {
        ServiceDescription s = service(Path.of("facts/face-swap-app.json"));
        CompliancePack.Answers answers = CompliancePack.evaluate(TestRuleBase.evaluator(), s, Options.DEFAULT);
        List<JsonNode> json = new ArrayList<>();
        for (Object answer : List.of(answers.en(), answers.zh())) {
            ObjectNode a = (ObjectNode) CompliancePack.wire(answer);
            for (JsonNode o : a.path("obligations")) {
                if (!o.path("id").asText().equals("algorithm-filing")) continue;
                ((ObjectNode) o).set("timing", Json.MAPPER.readTree("{\"when\":\"within\",\"period\":\"P10D\",\"workingDays\":true,\"from\":\"launch\","
                        + "\"basis\":\"Algorithm Recommendation Provisions Art. 24(1)\",\"also\":[{\"when\":\"within\",\"period\":\"P10D\","
                        + "\"workingDays\":true,\"from\":\"change\",\"basis\":\"Algorithm Recommendation Provisions Art. 24(2)\"}]}"));
                ((ObjectNode) o).put("due", "2027-01-15");
                ((ObjectNode) o).put("dueNote", "counted over 2027, whose holiday notice is not yet published");
            }
            a.set("summary", Json.MAPPER.readTree("{\"byStatus\":{\"applies\":137},\"next\":[{\"obligation\":\"algorithm-filing\",\"due\":\"2027-01-15\"}]}"));
            json.add(a);
        }
        CompliancePack pack = CompliancePack.build(CompliancePack.wire(s), json.get(0), json.get(1), TestRuleBase.get().sources());
        String en = text(pack, "en/plan.md");
        assertTrue(en.contains("- Timing: within 10 working days of launch (the day the service is first provided); also within 10 working days of the "
                + "change [ARP Art. 24(1)] [ARP Art. 24(2)] · Due: 2027-01-15 (counted over 2027, whose holiday notice is not yet published)\n"), en);
        assertTrue(en.contains("## Do first\n\n- File the algorithm (and its changes and cancellation) under the Algorithm Recommendation Provisions "
                + "(`algorithm-filing`) — within 10 working days of launch (the day the service is first provided); also within 10 working days of the "
                + "change · due: 2027-01-15 [ARP Art. 24(1)]"), en);
        assertTrue(en.contains("- By status (the answer's summary): applies 137"), en);
        assertTrue(text(pack, "zh/plan.md").contains("- 时间要求：自上线（开始提供服务）之日起10个工作日内；另自变更之日起10个工作日内 [ARP Art. 24(1)] [ARP Art. 24(2)] · 截止日期：2027-01-15"));
        assertTrue(text(pack, "en/checklist.csv").contains("\"within 10 working days of launch (the day the service is first provided); also within 10 "
                + "working days of the change (Algorithm Recommendation Provisions Art. 24(1) | Algorithm Recommendation Provisions Art. 24(2))\",\"2027-01-15\""));
        String filing = text(pack, "en/algorithm-filing-draft.md");
        assertTrue(filing.contains("(`algorithm-filing`) [ARP Art. 24(1)] [ARP Art. 24(2)] [ARP Art. 24(3)] [DSP Art. 19(1)] [GAIM Art. 17] — timing: within 10 working "
                + "days of launch (the day the service is first provided); also within 10 working days of the change [ARP Art. 24(1)] [ARP Art. 24(2)] · due: 2027-01-15\n"), filing);
        assertTrue(problems(unzip(pack.zip()), TestRuleBase.get().version(), s.asOf() == null ? json.get(0).path("asOf").asText() : s.asOf().toString()).isEmpty());
    }

    @Test
    void with_a_launch_date_the_plan_and_the_checklist_give_the_answers_due_dates() throws IOException {
        ServiceDescription s = ServiceDescriptionParser.parse(Files.readString(Path.of("facts/face-swap-app.json"))
                .replace("\"name\": \"FaceFun\",", "\"name\": \"FaceFun\", \"launchDate\": \"2026-09-25\","));
        CompliancePack.Answers answers = CompliancePack.evaluate(TestRuleBase.evaluator(), s, Options.DEFAULT);
        JsonNode answer = CompliancePack.wire(answers.en());
        String due = null;
        for (JsonNode o : answer.path("obligations")) if (o.path("id").asText().equals("algorithm-filing")) due = o.path("due").asText(null);
        assertTrue(due != null, "the answer computes the filing's due date from launchDate");
        CompliancePack pack = CompliancePack.build(s, answers, TestRuleBase.get().sources());
        String plan = text(pack, "en/plan.md");
        assertTrue(plan.contains("[ARP Art. 24(1)] [ARP Art. 24(2)] [ARP Art. 24(3)] · Due: " + due), plan);
        assertTrue(plan.contains("## Do first\n\n- "), plan);
        assertTrue(text(pack, "en/checklist.csv").contains(",\"" + due + "\","));
        List<String> problems = problems(unzip(pack.zip()), TestRuleBase.get().version(), answer.path("asOf").asText());
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void periods_read_in_both_languages_working_days_hours_and_years_included() {
        assertEquals("10 working days", Timing.period("P10D", true, Language.EN));
        assertEquals("10个工作日", Timing.period("P10D", true, Language.ZH));
        assertEquals("2 years", Timing.period("P2Y", false, Language.EN));
        assertEquals("1 month", Timing.period("P1M", false, Language.EN));
        assertEquals("24 hours", Timing.period("PT24H", false, Language.EN));
        assertEquals("24小时", Timing.period("PT24H", false, Language.ZH));
        assertEquals("P1X", Timing.period("P1X", false, Language.EN));
        assertEquals("—", Timing.text(Json.MAPPER.createObjectNode(), Language.EN));
        assertEquals("—", Timing.due(Json.MAPPER.missingNode()));
    }

    @Test
    void the_checklist_is_quoted_utf8_with_a_bom_numbered_as_the_plan_with_an_empty_status_column() throws IOException {
        CompliancePack pack = pack(Path.of("facts/face-swap-app.json"));
        byte[] bytes = pack.entries().stream().filter(e -> e.path().equals("zh/checklist.csv")).findFirst().orElseThrow().bytes();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<List<String>> rows = parseCsv(csv);
        assertEquals(List.of("分类", "序号", "义务编号", "义务", "类型", "义务主体", "时间要求", "截止日期", "法律依据", "待补充事实", "状态", "备注",
                "规则库版本", "评估基准日"), rows.get(0));
        Sources sources = sources();
        String plan = text(pack, "zh/plan.md");
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            assertEquals(14, row.size(), row.toString());
            assertEquals(Integer.toString(i), row.get(1));
            assertTrue(plan.contains("#### " + i + ". " + Md.esc(row.get(3)) + "\n"), "plan numbers " + row.get(3) + " as " + i);
            assertFalse(row.get(8).isEmpty(), row.toString());
            for (String label : row.get(8).split(" \\| ")) assertTrue(sources.byLabel(label) != null, label + " is registered");
            assertEquals("", row.get(10));
            assertEquals(TestRuleBase.get().version(), row.get(12));
        }
        assertTrue(csv.endsWith("\r\n"));
        assertEquals(rows.size() - 1, Json.MAPPER.readTree(Json.compactBytes(TestRuleBase.evaluator().evaluate(service(Path.of("facts/face-swap-app.json")))))
                .path("obligations").size());
    }

    @Test
    void csv_fields_with_quotes_commas_line_breaks_or_a_leading_formula_sign_are_quoted_and_defused() throws IOException {
        ServiceDescription s = service(Path.of("facts/face-login.json"));
        CompliancePack.Answers answers = CompliancePack.evaluate(TestRuleBase.evaluator(), s, Options.DEFAULT);
        ObjectNode en = (ObjectNode) CompliancePack.wire(answers.en());
        ((ObjectNode) en.path("obligations").get(0)).put("title", "=Say \"hi\",\nnow");
        CompliancePack pack = CompliancePack.build(CompliancePack.wire(s), en, CompliancePack.wire(answers.zh()), TestRuleBase.get().sources());
        String csv = text(pack, "en/checklist.csv");
        assertTrue(csv.contains(",\"'=Say \"\"hi\"\",\nnow\","), csv);
        assertTrue(parseCsv(csv.substring(1)).stream().anyMatch(row -> row.get(3).equals("'=Say \"hi\",\nnow")), csv);
    }

    @Test
    void the_zip_is_the_same_bytes_for_the_same_answer() throws IOException {
        assertArrayEquals(pack(Path.of("facts/voice-cloning-api.json")).zip(), pack(Path.of("facts/voice-cloning-api.json")).zip());
    }

    @Test
    void the_file_name_is_an_ascii_slug_of_the_service_name() {
        assertEquals("facefun", CompliancePack.slug("FaceFun"));
        assertEquals("echovoice-cloning-api", CompliancePack.slug("EchoVoice Cloning API"));
        assertEquals("service", CompliancePack.slug("小红书"));
        assertEquals("a-b", CompliancePack.slug("  A\"; b/../ "));
        assertEquals(60, CompliancePack.slug("x".repeat(200)).length());
    }

    @Test
    void a_service_name_cannot_open_a_link_or_a_citation_in_the_documents() throws Exception {
        ServiceDescription s = ServiceDescriptionParser.parse(Files.readString(Path.of("facts/face-swap-app.json"))
                .replace("\"FaceFun\"", "\"[PIPL Art. 99](http://x) *bold* <b>\""));
        CompliancePack pack = CompliancePack.build(s, CompliancePack.evaluate(TestRuleBase.evaluator(), s, Options.DEFAULT), TestRuleBase.get().sources());
        String filing = text(pack, "en/algorithm-filing-draft.md");
        assertTrue(filing.startsWith("# Algorithm filing — draft — \\[PIPL Art. 99\\](http://x) \\*bold\\* \\<b\\>\n"), filing.lines().findFirst().orElse(""));
        assertTrue(problems(unzip(pack.zip()), TestRuleBase.get().version(), "2026").stream().noneMatch(p -> p.contains("PIPL Art. 99")));
    }

    @Test
    void the_obligation_ids_the_documents_look_for_exist_in_the_rule_base() {
        Set<String> ids = new HashSet<>();
        for (RuleInfo r : TestRuleBase.get().obligationRules()) ids.add(r.obligationId());
        List<String> wanted = new ArrayList<>(FilingDraft.IDS);
        wanted.addAll(AssessmentOutline.PUBLIC_OPINION);
        wanted.addAll(List.of("pipl.consent.withdrawal", "pipl.consent.renew-on-change", "pipl.prohibition.refuse-service-without-consent",
                "ahim.interaction-data.training-consent", "ahim.interaction-data.no-third-party"));
        for (String id : wanted) assertTrue(ids.contains(id), id);
        for (String prefix : List.of("ahim.security-assessment", "dsp.security-assessment.", "lm.filing.labelling-materials",
                "algorithm-filing.display-number", "dsp.consent.biometric-editing-prompt", "dsp.prohibition.label-removal")) {
            assertTrue(ids.stream().anyMatch(i -> i.startsWith(prefix)), prefix);
        }
    }

    @Test
    void explain_adds_what_would_change_the_answer_to_the_plan() throws IOException {
        ServiceDescription s = service(Path.of("facts/photo-restoration-app.json"));
        CompliancePack pack = CompliancePack.build(s, CompliancePack.evaluate(TestRuleBase.evaluator(), s, new Options(true, Options.Lang.EN)),
                TestRuleBase.get().sources());
        String plan = text(pack, "en/plan.md");
        assertTrue(plan.contains("## What would change the answer\n\n- If `/audience/minors` were `true`: “"), plan);
        assertTrue(text(pack, "zh/plan.md").contains("## 哪些事实变化会改变答复\n\n- 若 `/audience/minors` 为 `true`：“"));
        JsonNode en = CompliancePack.wire(CompliancePack.evaluate(TestRuleBase.evaluator(), s, new Options(true, Options.Lang.EN)).en());
        assertTrue(en.path("nearMisses").size() > 0);
        List<String> problems = problems(unzip(pack.zip()), TestRuleBase.get().version(), en.path("asOf").asText());
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void the_checks_catch_an_empty_section_an_unregistered_citation_an_uncited_requirement_and_an_unmarked_item() {
        Sources sources = sources();
        String md = "# T\n\n## Empty\n\n## Full\n\n### Sub\n\n- Providers must file [ARP Art. 24(1)]\n- Providers must file\n"
                + "- A fact (from the description)\n- A bare item\n- Cites [PIPL Art. 99]\n  > 不是登记的文本\n";
        assertEquals(List.of("x.md:3: empty section: ## Empty"), PackChecks.emptySections("x.md", md));
        assertEquals(List.of("x.md:13: [PIPL Art. 99] is not a registered provision"), PackChecks.unresolved("x.md", md, sources));
        assertEquals(List.of("x.md:10: a requirement without a citation: - Providers must file"), PackChecks.uncitedRequirements("x.md", md, sources));
        assertEquals(List.of("x.md:10: neither cited nor marked: - Providers must file", "x.md:12: neither cited nor marked: - A bare item",
                "x.md:13: neither cited nor marked: - Cites [PIPL Art. 99]"), PackChecks.unmarkedItems("x.md", md, sources));
        assertEquals(List.of("x.md:14: quotes text that is not registered: 不是登记的文本"), PackChecks.unregisteredQuotes("x.md", md, TestRuleBase.get().sources()));
        assertEquals(List.of("en/labelling-spec.md:9: [ARP Art. 24(1)] without its verification mark"),
                PackChecks.unverifiedItems("en/labelling-spec.md", md, sources).subList(0, 1));
    }

    static String text(CompliancePack pack, String path) {
        return pack.entries().stream().filter(e -> e.path().equals(path)).findFirst().orElseThrow(() -> new AssertionError(path + " not in the pack")).text();
    }

    /** RFC 4180, for the test's own reading of the checklist. */
    static List<List<String>> parseCsv(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') { field.append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.append(c);
            } else if (c == '"') quoted = true;
            else if (c == ',') { row.add(field.toString()); field.setLength(0); }
            else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString()); field.setLength(0); rows.add(row); row = new ArrayList<>(); i++;
            } else field.append(c);
        }
        return rows;
    }

}
