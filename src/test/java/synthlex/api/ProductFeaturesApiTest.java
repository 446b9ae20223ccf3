package synthlex.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static synthlex.json.Refs.fullCitations;
import static synthlex.json.Refs.names;
import static synthlex.json.Refs.refObjects;
import static synthlex.json.Refs.refs;
import static synthlex.json.Refs.resolved;
import static synthlex.json.Refs.withoutProvisions;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import synthlex.TestRuleBase;
import synthlex.json.Json;

/** Timelines, explain (near misses and traces), questions, batch and Chinese, against a real server. */
class ProductFeaturesApiTest {
    static Javalin app;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        app = ApiServer.create(TestRuleBase::get).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    static HttpResponse<String> post(String path, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.MAPPER.readTree(r.body());
    }

    static String faceSwap() throws Exception {
        return Files.readString(Path.of("facts/face-swap-app.json"));
    }

    static List<String> ids(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.path("id").asText()));
        return out;
    }

    @Test
    void a_timeline_cuts_at_the_days_law_came_into_force_and_says_what_changed() throws Exception {
        String body = faceSwap().replaceFirst("\\{", "{\"from\": \"2022-06-01\", \"to\": \"2026-06-30\",");
        HttpResponse<String> r = post("/v1/timelines", body);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode periods = json(r).path("periods");
        List<String> starts = new ArrayList<>();
        periods.forEach(p -> starts.add(p.path("from").asText()));
        assertEquals(List.of("2022-06-01", "2023-01-10", "2023-08-15", "2025-01-01", "2025-09-01", "2026-01-01"), starts);
        assertEquals("2023-01-09", periods.get(0).path("to").asText());
        assertEquals("2026-06-30", periods.get(5).path("to").asText());
        JsonNode dsp = periods.get(1);
        assertTrue(ids(dsp.path("added")).contains("dsp.label.conspicuous.person-image"));
        assertTrue(ids(dsp.path("added")).contains("dsp.real-name-verification"));
        JsonNode lm = periods.get(4);
        JsonNode gained = null;
        for (JsonNode g : lm.path("citationsGained")) if (g.path("obligation").asText().equals("dsp.label.conspicuous.person-image")) gained = g;
        assertTrue(gained != null && gained.path("citations").toString().contains("LM Art. 4(1)"), lm.path("citationsGained").toString());
        // the Cybersecurity Law's amended text and numbering (2026-01-01): the log duty changes article
        JsonNode csl = periods.get(5);
        JsonNode logsGained = null, logsLost = null;
        for (JsonNode g : csl.path("citationsGained")) if (g.path("obligation").asText().equals("record-keeping.logs")) logsGained = g;
        for (JsonNode g : csl.path("citationsLost")) if (g.path("obligation").asText().equals("record-keeping.logs")) logsLost = g;
        assertTrue(logsGained != null && logsGained.path("citations").toString().contains("CSL Art."), csl.toString());
        assertTrue(logsLost != null && logsLost.path("citations").toString().contains("CSL2017 Art."), csl.toString());
    }

    @Test
    void a_timeline_needs_from_and_to_in_order() throws Exception {
        String body = faceSwap().replaceFirst("\\{", "{\"from\": \"2025-01-01\", \"to\": \"2024-01-01\",");
        HttpResponse<String> r = post("/v1/timelines", body);
        assertEquals(400, r.statusCode());
        assertEquals("/to", json(r).path("errors").get(0).path("pointer").asText());
        HttpResponse<String> none = post("/v1/timelines", faceSwap());
        assertEquals(List.of("/from", "/to"), List.of(json(none).path("errors").get(0).path("pointer").asText(),
                json(none).path("errors").get(1).path("pointer").asText()));
    }

    @Test
    void explain_adds_near_misses_and_traces_and_without_it_the_answer_stays_lean() throws Exception {
        String writer = """
                {"name":"QuietWriter","asOf":"2026-11-24","roles":["service-provider"],"capabilities":["writing"],
                 "audience":{"publicInMainlandChina":true},"researchOnly":false,
                 "publicOpinion":{"channels":[],"socialMobilisation":false},"informationPublishing":false}""";
        JsonNode lean = json(post("/v1/evaluations", writer));
        assertTrue(lean.path("nearMisses").isMissingNode());
        assertTrue(lean.path("obligations").get(0).path("trace").isMissingNode());

        JsonNode explained = json(post("/v1/evaluations?explain=true", writer));
        JsonNode filing = null;
        for (JsonNode n : explained.path("nearMisses")) {
            if (n.path("obligation").asText().equals("algorithm-filing.display-number") && n.path("change").path("pointer").asText().equals("/publicOpinion/channels")) filing = n;
        }
        assertTrue(filing != null, explained.path("nearMisses").toString());
        assertEquals("[\"forum\"]", filing.path("change").path("value").toString());
        assertTrue(filing.path("explanation").asText().startsWith("If publicOpinion.channels included any channel"), filing.toString());
        JsonNode trace = explained.path("obligations").get(0).path("trace").get(0);
        assertFalse(trace.path("rule").path("name").asText().isEmpty());
        assertTrue(trace.path("classifications").isArray());
        assertTrue(trace.path("facts").isArray());
    }

    @Test
    void questions_group_what_is_unknown_and_answering_them_leaves_nothing_undetermined() throws Exception {
        JsonNode bare = json(post("/v1/evaluations", """
                {"name":"BareBot","asOf":"2026-11-24","roles":["service-provider"],"capabilities":["chat"]}"""));
        JsonNode questions = bare.path("questions");
        assertTrue(questions.size() > 3);
        for (int i = 1; i < questions.size(); i++) {
            assertTrue(questions.get(i - 1).path("decides").size() >= questions.get(i).path("decides").size(), "ordered by how many they decide");
        }
        // answer every question (any value will do) and nothing may stay undetermined
        com.fasterxml.jackson.databind.node.ObjectNode answered = (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.readTree("""
                {"name":"BareBot","asOf":"2026-11-24","roles":["service-provider"],"capabilities":["chat"]}""");
        for (JsonNode q : questions) {
            String pointer = q.path("pointer").asText();
            com.fasterxml.jackson.core.JsonPointer p = com.fasterxml.jackson.core.JsonPointer.compile(pointer);
            com.fasterxml.jackson.databind.node.ObjectNode parent = answered.withObject(p.head());
            String field = p.last().getMatchingProperty();
            if (pointer.equals("/personalInformation/individuals")) parent.put(field, 10);
            else if (pointer.endsWith("channels") || pointer.equals("/biometricEditing")) parent.putArray(field);
            else parent.put(field, false);
        }
        JsonNode after = json(post("/v1/evaluations", answered.toString()));
        for (JsonNode o : after.path("obligations")) assertEquals("applies", o.path("status").asText(), o.path("id").asText());
        assertEquals(0, after.path("questions").size());
    }

    @Test
    void a_batch_answers_every_item_in_order_and_a_bad_item_with_its_own_problem() throws Exception {
        String body = "{\"services\": [" + faceSwap() + ", {\"name\": \"broken\", \"roles\": [\"pirate\"]}, "
                + Files.readString(Path.of("facts/app-store.json")) + "]}";
        HttpResponse<String> r = post("/v1/evaluations/batch", body);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode results = json(r).path("results");
        assertEquals(3, results.size());
        assertEquals("FaceFun", results.get(0).path("name").asText());
        assertEquals(400, results.get(1).path("status").asInt());
        assertEquals("/services/1/roles/0", results.get(1).path("errors").get(0).path("pointer").asText());
        assertEquals("AppHarbor", results.get(2).path("name").asText());
    }

    @Test
    void a_batch_over_1000_or_without_services_is_a_400() throws Exception {
        StringBuilder many = new StringBuilder("{\"services\":[");
        for (int i = 0; i < 1001; i++) many.append(i == 0 ? "" : ",").append("{\"name\":\"s").append(i).append("\",\"roles\":[\"app-store\"]}");
        HttpResponse<String> r = post("/v1/evaluations/batch", many.append("]}").toString());
        assertEquals(400, r.statusCode());
        assertEquals("/services", json(r).path("errors").get(0).path("pointer").asText());
        assertEquals(400, post("/v1/evaluations/batch", "{\"items\":[]}").statusCode());
    }

    @Test
    void the_batch_limit_is_configurable() throws Exception {
        Javalin small = ApiServer.create(ServerOptions.of(TestRuleBase::get).withMaxBatch(2)).start("127.0.0.1", 0);
        try {
            String one = "{\"name\":\"s\",\"roles\":[\"app-store\"]}";
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + small.port() + "/v1/evaluations/batch"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"services\":[" + one + "," + one + "," + one + "]}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, r.statusCode());
            assertEquals("at most 2 services, not 3", json(r).path("errors").get(0).path("message").asText());
        } finally {
            small.stop();
        }
    }

    @Test
    void chinese_on_request_for_titles_and_questions_with_citations_unchanged() throws Exception {
        String bare = """
                {"name":"BareBot","asOf":"2026-11-24","roles":["service-provider"],"capabilities":["chat"]}""";
        JsonNode en = json(post("/v1/evaluations", bare));
        JsonNode zh = json(post("/v1/evaluations?lang=zh", bare));
        JsonNode zhHeader = json(post("/v1/evaluations", bare, "Accept-Language", "zh-CN,zh;q=0.9"));
        assertEquals(zh.path("questions"), zhHeader.path("questions"));
        String question = zh.path("questions").get(0).path("question").asText();
        assertTrue(question.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), question);
        assertEquals(en.path("obligations").get(0).path("citations"), zh.path("obligations").get(0).path("citations"));
        for (JsonNode o : zh.path("obligations")) {
            String title = o.path("title").asText() + o.path("summary").asText();
            assertTrue(title.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), o.path("id") + ": " + title);
        }
    }

    // ?citations=ref (issue 17, item 2): each provision's text once per answer

    /** Every facts/ file's default answer (compact bytes, as served), fetched once for the tests below. */
    private static Map<String, byte[]> defaults;

    static HttpResponse<byte[]> postBytes(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static synchronized Map<String, byte[]> defaultAnswers() throws Exception {
        if (defaults == null) {
            Map<String, byte[]> out = new TreeMap<>();
            try (var files = Files.list(Path.of("facts"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    HttpResponse<byte[]> r = postBytes("/v1/evaluations", Files.readString(f));
                    assertEquals(200, r.statusCode(), f.toString());
                    out.put(f.getFileName().toString(), r.body());
                }
            }
            assertTrue(out.size() >= 19, "facts/ files: " + out.keySet());
            defaults = out;
        }
        return defaults;
    }

    @Test
    void citations_ref_resolves_to_exactly_the_default_answer_for_every_facts_file() throws Exception {
        for (Map.Entry<String, byte[]> e : defaultAnswers().entrySet()) {
            String body = Files.readString(Path.of("facts", e.getKey()));
            JsonNode full = Json.MAPPER.readTree(e.getValue());
            HttpResponse<byte[]> r = postBytes("/v1/evaluations?citations=ref", body);
            assertEquals(200, r.statusCode(), e.getKey());
            JsonNode ref = Json.MAPPER.readTree(r.body());
            assertEquals(full, resolved(ref), e.getKey() + ": the ref answer, resolved, is the default answer");
            assertEquals(List.of("name", "asOf", "ruleBase", "summary", "classifications", "obligations", "upcoming", "questions", "provisions"),
                    names(ref), e.getKey() + ": provisions comes last, the summary stays first");
            assertTrue(fullCitations(withoutProvisions(ref)).isEmpty(), e.getKey() + ": no citation in full outside provisions");
        }
    }

    @Test
    void citations_ref_with_explain_in_chinese_resolves_to_the_default_answer() throws Exception {
        for (String file : List.of("companion-chatbot.json", "face-swap-app.json")) {
            String body = Files.readString(Path.of("facts", file));
            JsonNode full = json(post("/v1/evaluations?explain=true&lang=zh", body));
            HttpResponse<String> r = post("/v1/evaluations?explain=true&lang=zh&citations=ref", body);
            assertEquals(200, r.statusCode(), r.body());
            JsonNode ref = json(r);
            assertTrue(ref.has("nearMisses") && ref.path("obligations").get(0).has("trace"), file + ": explained");
            assertEquals(full, resolved(ref), file);
        }
    }

    @Test
    void citations_ref_lists_each_cited_provision_once_in_first_cited_order_exactly_as_written_in_full() throws Exception {
        for (Map.Entry<String, byte[]> e : defaultAnswers().entrySet()) {
            String defaultText = new String(e.getValue(), StandardCharsets.UTF_8);
            JsonNode ref = Json.MAPPER.readTree(postBytes("/v1/evaluations?citations=ref",
                    Files.readString(Path.of("facts", e.getKey()))).body());
            List<String> cited = refs(withoutProvisions(ref));
            List<String> keys = names(ref.path("provisions"));
            assertEquals(new ArrayList<>(new LinkedHashSet<>(cited)), keys, e.getKey() + ": every key cited, every ref listed, in first-cited order");
            // the same provisions as the default answer cites, in the same order of first citation
            List<String> inFull = fullCitations(Json.MAPPER.readTree(e.getValue())).stream()
                    .map(Json::compact).distinct().toList();
            List<String> provisionsText = new ArrayList<>();
            ref.path("provisions").forEach(p -> provisionsText.add(Json.compact(p)));
            assertEquals(inFull, provisionsText, e.getKey() + ": each provision as the default answer writes it: same fields, same order, same bytes");
            for (String text : provisionsText) assertTrue(defaultText.contains(text), text);
            for (String key : keys) {
                assertTrue(key.matches("[a-z0-9-]+(@[0-9A-Za-z.-]+)?/#?[0-9]+(\\([0-9]+\\))?(\\([0-9]+\\))?"), e.getKey() + ": key " + key);
            }
        }
    }

    @Test
    void two_editions_of_one_instrument_and_a_standard_have_keys_of_their_own() throws Exception {
        // on 2026-06-01 the face-swap app's answer cites Art. 2 of both texts of the Cybersecurity Law
        JsonNode ref = json(post("/v1/evaluations?citations=ref",
                faceSwap().replace("\"name\": \"FaceFun\",", "\"name\": \"FaceFun\", \"asOf\": \"2026-06-01\",")));
        JsonNode provisions = ref.path("provisions");
        JsonNode old = provisions.path("cybersecurity-law@2017/2");
        JsonNode now = provisions.path("cybersecurity-law@2026/2");
        assertEquals("Cybersecurity Law (2017 text) Art. 2", old.path("label").asText(), provisions.toString());
        assertEquals("Cybersecurity Law Art. 2", now.path("label").asText());
        assertEquals(List.of("cybersecurity-law", "cybersecurity-law", 2, 2), List.of(old.path("instrument").asText(),
                now.path("instrument").asText(), old.path("article").asInt(), now.path("article").asInt()));
        // the article reads the same in both texts: only the edition in the key keeps the two apart
        JsonNode gb = provisions.path("gb-45438-2025/#4");
        assertEquals(4, gb.path("article").asInt());
        assertEquals("GB 45438-2025", gb.path("pinpoint").asText());
        assertEquals("deep-synthesis-provisions", provisions.path("deep-synthesis-provisions/17(1)(3)").path("instrument").asText());
    }

    @Test
    void citations_ref_shrinks_the_largest_answer_by_exactly_its_repeated_citations() throws Exception {
        Map.Entry<String, byte[]> largest = defaultAnswers().entrySet().stream()
                .max(java.util.Comparator.comparingInt((Map.Entry<String, byte[]> e) -> e.getValue().length)).orElseThrow();
        String body = Files.readString(Path.of("facts", largest.getKey()));
        for (String explain : List.of("", "explain=true&")) {
            byte[] full = explain.isEmpty() ? largest.getValue() : postBytes("/v1/evaluations?" + explain, body).body();
            byte[] ref = postBytes("/v1/evaluations?" + explain + "citations=ref", body).body();
            JsonNode fullTree = Json.MAPPER.readTree(full), refTree = Json.MAPPER.readTree(ref);
            List<JsonNode> written = fullCitations(fullTree);
            long fullCitationBytes = written.stream().mapToLong(c -> utf8(Json.compact(c))).sum();
            List<String> refTexts = refObjects(withoutProvisions(refTree));
            long refBytes = refTexts.stream().mapToLong(ProductFeaturesApiTest::utf8).sum();
            double ratio = (double) ref.length / full.length;
            System.out.printf("citations=ref on %s%s: default %,d bytes, ref %,d bytes (%.1f %%); %d citations written, %d provisions;"
                            + " without any citation the answer would be %,d bytes (%.1f %%)%n",
                    largest.getKey(), explain.isEmpty() ? "" : " with explain", full.length, ref.length, 100 * ratio, written.size(),
                    refTree.path("provisions").size(), full.length - fullCitationBytes, 100.0 * (full.length - fullCitationBytes) / full.length);
            assertEquals(written.size(), refTexts.size(), "one ref where each citation was");
            // exactly: each citation in full gives way to its ref, and each provision is written once, in provisions
            assertEquals(full.length - fullCitationBytes + refBytes + utf8(",\"provisions\":") + utf8(Json.compact(refTree.path("provisions"))),
                    ref.length);
            assertTrue(ratio < 1, "ref must be smaller: " + ref.length + " of " + full.length);
        }
    }

    @Test
    void a_client_that_accepts_gzip_gets_the_largest_answer_in_a_quarter_of_its_bytes() throws Exception {
        Map.Entry<String, byte[]> largest = defaultAnswers().entrySet().stream()
                .max(java.util.Comparator.comparingInt((Map.Entry<String, byte[]> e) -> e.getValue().length)).orElseThrow();
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/v1/evaluations"))
                .POST(HttpRequest.BodyPublishers.ofString(Files.readString(Path.of("facts", largest.getKey()))))
                .header("Content-Type", "application/json").header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse(""));
        byte[] unzipped = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(r.body())).readAllBytes();
        assertEquals(Json.MAPPER.readTree(largest.getValue()), Json.MAPPER.readTree(unzipped), "the same answer");
        System.out.printf("gzip on %s: %,d of %,d bytes (%.1f %%)%n", largest.getKey(), r.body().length, unzipped.length,
                100.0 * r.body().length / unzipped.length);
        assertTrue(r.body().length * 4 <= unzipped.length, "a quarter or less: " + r.body().length + " of " + unzipped.length);
    }

    private static long utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void the_default_answer_and_citations_full_are_byte_for_byte_the_answer_as_always_written() throws Exception {
        String body = Files.readString(Path.of("facts/companion-chatbot.json"));
        byte[] absent = postBytes("/v1/evaluations", body).body();
        byte[] full = postBytes("/v1/evaluations?citations=full", body).body();
        byte[] direct = Json.MAPPER.writeValueAsBytes(TestRuleBase.evaluator().evaluate(synthlex.input.ServiceDescriptionParser.parse(body)));
        assertTrue(java.util.Arrays.equals(absent, full), "citations=full is the default");
        assertTrue(java.util.Arrays.equals(direct, absent), "the default answer is the answer serialised as it always was");
        assertFalse(new String(absent, StandardCharsets.UTF_8).contains("\"provisions\""));
        String explained = new String(postBytes("/v1/evaluations?explain=true&lang=zh", body).body(), StandardCharsets.UTF_8);
        String explainedFull = new String(postBytes("/v1/evaluations?explain=true&lang=zh&citations=full", body).body(), StandardCharsets.UTF_8);
        assertEquals(explained, explainedFull);
    }

    @Test
    void an_unknown_citations_value_is_a_400_naming_the_query_parameter() throws Exception {
        String expected = """
                {
                  "type" : "urn:synthlex:problem:invalid-query",
                  "title" : "Invalid query",
                  "status" : 400,
                  "detail" : "1 problem in the query",
                  "errors" : [ {
                    "pointer" : "citations",
                    "message" : "unknown citations 'bogus'; allowed: full, ref"
                  } ]
                }""";
        for (String path : List.of("/v1/evaluations?citations=bogus", "/v1/evaluations/batch?citations=bogus")) {
            HttpResponse<String> r = post(path, path.contains("batch") ? "{\"services\": [" + faceSwap() + "]}" : faceSwap());
            assertEquals(400, r.statusCode(), path);
            assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
            assertEquals(expected, r.body(), path);
        }
        HttpResponse<String> empty = post("/v1/evaluations?citations=", faceSwap());
        assertEquals(400, empty.statusCode());
        assertEquals("unknown citations ''; allowed: full, ref", json(empty).path("errors").get(0).path("message").asText());
        assertEquals(400, post("/v1/evaluations?citations=REF", faceSwap()).statusCode(), "values are exact, like every enum of the API");
    }

    @Test
    void a_batch_with_citations_ref_gives_each_answer_its_own_provisions() throws Exception {
        String appStore = Files.readString(Path.of("facts/app-store.json"));
        String body = "{\"services\": [" + faceSwap() + ", {\"name\": \"broken\", \"roles\": [\"pirate\"]}, " + appStore + "]}";
        JsonNode full = json(post("/v1/evaluations/batch", body)).path("results");
        HttpResponse<String> r = post("/v1/evaluations/batch?citations=ref", body);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode results = json(r).path("results");
        assertEquals(3, results.size());
        assertEquals(full.get(1), results.get(1), "a bad item's problem is unchanged");
        assertTrue(results.get(1).path("provisions").isMissingNode());
        for (int i : new int[] {0, 2}) {
            JsonNode item = results.get(i);
            assertEquals(full.get(i), resolved(item), "item " + i);
            List<String> cited = refs(withoutProvisions(item));
            assertEquals(new ArrayList<>(new LinkedHashSet<>(cited)), names(item.path("provisions")), "item " + i + " lists what it cites");
        }
        // self-contained: the app store's answer lists provisions the face-swap answer listed too
        List<String> shared = new ArrayList<>(names(results.get(2).path("provisions")));
        shared.retainAll(names(results.get(0).path("provisions")));
        assertFalse(shared.isEmpty(), "each item lists what it cites, even where an earlier item listed it");
    }
}
