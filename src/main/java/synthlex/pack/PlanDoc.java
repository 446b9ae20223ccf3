package synthlex.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import synthlex.law.Citation;

/**
 * {@code plan.md}: every obligation of the answer, in one section per status (applies,
 * undetermined, upcoming), grouped by kind, each with its bearer, timing, due date and every
 * citation with its registered Chinese text; then the open questions, and which documents of the
 * pack are included and why the others are not.
 */
final class PlanDoc {
    static final String FILE = "plan.md";
    /** The kinds in the order API.md lists them: the plan's order within each status. */
    static final List<String> KIND_ORDER = List.of("filing", "security-assessment", "labelling", "consent", "notice",
            "real-name-verification", "content-moderation", "record-keeping", "complaint-handling", "algorithm-review",
            "ethics-review", "data-security", "impact-assessment", "user-rights", "minors-protection", "management-system",
            "prohibition", "cooperation", "licensing", "other");

    private PlanDoc() { }

    /** The obligations in the plan's order (also the checklist's: its numbers are the plan's). */
    static List<Answer.Ob> ordered(Answer a) {
        List<Answer.Ob> out = new ArrayList<>();
        for (Answer.Section s : Answer.Section.values()) {
            for (List<Answer.Ob> group : byKind(a.in(s)).values()) out.addAll(group);
        }
        return out;
    }

    static Map<String, List<Answer.Ob>> byKind(List<Answer.Ob> obs) {
        Map<String, List<Answer.Ob>> out = new LinkedHashMap<>();
        for (String k : KIND_ORDER) {
            List<Answer.Ob> group = obs.stream().filter(o -> o.kind().equals(k)).toList();
            if (!group.isEmpty()) out.put(k, group);
        }
        List<Answer.Ob> rest = obs.stream().filter(o -> !KIND_ORDER.contains(o.kind())).toList();
        for (Answer.Ob o : rest) out.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o);
        return out;
    }

    static String render(Ctx ctx, Language lang, List<Doc> docs, boolean checklist) {
        Answer a = ctx.answer(lang);
        Sources sources = ctx.sources;
        Cites cites = new Cites(sources, lang);
        Md md = Doc.start(ctx, lang, lang.t("Compliance plan", "合规计划"));
        md.root().para(lang.t(
                "Every obligation the rule base finds for this service, by status: what applies now, what is undetermined because a fact "
                        + "is missing, and what comes into force later. Each names its bearer, its timing and due date (\"—\" where the answer "
                        + "gives none: due dates need launchDate in the description), and every legal basis with its registered Chinese text. "
                        + "A bracket such as `[PIPL Art. 17(1)(1)]` names a provision registered in the rule base. "
                        + "This is a working document for the team and its counsel, not legal advice.",
                "本计划列出规则库为该服务识别的全部义务，按状态分为：现已适用、因事实缺失而待定、以及将来施行。每项义务注明义务主体、"
                        + "时间要求和截止日期（答复未给出的显示为“—”；截止日期需在服务描述中提供 launchDate），以及每一法律依据及其登记的中文原文。"
                        + "方括号（如 `[PIPL Art. 17(1)(1)]`）标明规则库登记的条款。本文件为供团队及法律顾问使用的工作文件，不构成法律意见。"));

        List<Answer.Ob> applies = a.in(Answer.Section.APPLIES);
        List<Answer.Ob> undetermined = a.in(Answer.Section.UNDETERMINED);
        List<Answer.Ob> upcoming = a.in(Answer.Section.UPCOMING);

        Md.Section glance = md.root().section(lang.t("At a glance", "概览"));
        glance.line(lang.t("- " + applies.size() + " obligations apply, " + undetermined.size() + " are undetermined (a fact is missing), "
                        + upcoming.size() + " come into force later.",
                "- 适用义务 " + applies.size() + " 项，待定 " + undetermined.size() + " 项（缺少事实），将来施行 " + upcoming.size() + " 项。"));
        Map<String, Integer> bearers = new LinkedHashMap<>();
        for (Answer.Ob o : applies) bearers.merge(o.bearer(), 1, Integer::sum);
        if (!bearers.isEmpty()) {
            List<String> parts = new ArrayList<>();
            bearers.forEach((b, n) -> parts.add(Terms.code(b, lang) + " " + n));
            glance.line(lang.t("- Applying obligations by bearer: ", "- 适用义务按义务主体：") + String.join(lang.t(", ", "，"), parts) + lang.t(".", "。"));
        }
        summaryCounts(a.json().path("summary"), glance, lang);

        doFirst(a, cites, md, lang);

        Md.Section files = md.root().section(lang.t("Documents in this pack", "本合规包中的文件"));
        files.line("- `" + FILE + "` — " + lang.t("this plan.", "本计划。"));
        files.line("- `" + ChecklistCsv.FILE + "` — " + (checklist
                ? lang.t("every obligation below as a row to track, numbered as here, with an empty status column.",
                        "下列每项义务各占一行，编号与本计划一致，另有空白的“状态”列供跟踪。")
                : lang.t("not included: the answer has no obligation to track.", "未包含：答复中没有需要跟踪的义务。")));
        for (Doc d : docs) {
            if (d.included(ctx)) {
                List<Answer.Ob> triggers = d.triggers(a);
                List<String> ids = new ArrayList<>();
                for (Answer.Ob o : triggers) ids.add("`" + o.id() + "`");
                files.line("- `" + d.file() + "` — " + d.purpose(lang) + lang.t(" Included because these apply: ", " 包含原因：以下义务适用：")
                        + String.join(", ", ids) + " " + cites.all(Doc.citations(triggers)));
            } else {
                files.line("- `" + d.file() + "` — " + d.purpose(lang) + lang.t(" Not included: ", " 未包含：") + d.absent(ctx, lang) + lang.t(".", "。"));
            }
        }

        int[] number = {0};
        section(md, lang.t("Applies", "适用") + " (" + applies.size() + ")", applies, ctx, lang, cites, number);
        section(md, lang.t("Undetermined", "待定") + " (" + undetermined.size() + ")", undetermined, ctx, lang, cites, number);
        section(md, lang.t("Upcoming", "将来施行") + " (" + upcoming.size() + ")", upcoming, ctx, lang, cites, number);

        questions(a, md, lang);
        nearMisses(a, sources, cites, md, lang);

        Md.Section marks = md.root().section(lang.t("How the registered texts were verified", "登记文本的核实程度"));
        marks.line(lang.t("- verbatim: the wording is verified and the paragraph and item structure is certain or confirmed.",
                "- 原文已核实：措辞已核实，款项结构确定或已确认。"));
        marks.line(lang.t("- verbatim, paragraph break reconstructed: the wording is verified but the paragraph (款) break was reconstructed; check the paragraph number before relying on it.",
                "- 原文已核实，分款系重建：措辞已核实，但分款系重建而非依官方版式；援引款号前请核对。"));
        marks.line(lang.t("- summary only: no verified text is registered; the paraphrase and its confidence are the rule base's own and are never shown as a quotation.",
                "- 仅有摘要：规则库未登记经核实的原文，仅有其自拟摘要及可信度，不作为引文使用。"));
        return md.render();
    }

    private static void section(Md md, String heading, List<Answer.Ob> obs, Ctx ctx, Language lang, Cites cites, int[] number) {
        Md.Section s = md.root().section(heading);
        for (Map.Entry<String, List<Answer.Ob>> e : byKind(obs).entrySet()) {
            Md.Section k = s.section(Terms.kind(e.getKey(), lang) + " (" + e.getValue().size() + ")");
            for (Answer.Ob o : e.getValue()) obligation(k, o, ++number[0], ctx, lang, cites);
        }
    }

    private static void obligation(Md.Section k, Answer.Ob o, int n, Ctx ctx, Language lang, Cites cites) {
        Sources sources = ctx.sources;
        Md.Section s = k.section(n + ". " + Md.esc(o.title()));
        String what = o.summary().isBlank() ? o.title() : o.summary();
        s.line(lang.t("- What to do: ", "- 要求：") + Md.esc(what) + " " + cites.all(o.citations()));
        s.line("- `" + o.id() + "` · " + Terms.kind(o.kind(), lang) + lang.t(" · bearer: ", " · 义务主体：") + Terms.code(o.bearer(), lang)
                + lang.t(" · status: ", " · 状态：") + status(o.status(), lang));
        List<Citation> bases = Timing.bases(o.timing(), sources);
        s.line(lang.t("- Timing: ", "- 时间要求：") + Timing.text(o.timing(), lang)
                + (bases.isEmpty() ? "" : " " + cites.all(bases))
                + lang.t(" · Due: ", " · 截止日期：") + Timing.due(o.due())
                + (Timing.dueNote(o.json()).isEmpty() ? "" : " (" + Md.esc(Timing.dueNote(o.json())) + ")"));
        if (!o.because().isEmpty()) {
            List<String> why = new ArrayList<>();
            for (String b : o.because()) why.add("`" + b.replace("`", "'") + "`"); // facts and classification ids, as the answer gives them
            s.line(lang.t("- Because: ", "- 依据事实：") + String.join("; ", why));
        }
        if (o.section() == Answer.Section.UPCOMING && !o.effective().isEmpty()) {
            s.line(lang.t("- Comes into force: ", "- 施行日期：") + o.effective());
        }
        for (JsonNode q : o.questions()) {
            s.line(lang.t("- Missing: `", "- 缺少事实：`") + q.path("pointer").asText() + "` — "
                    + Md.esc(lang.zh() ? q.path("questionZh").asText(q.path("question").asText()) : q.path("question").asText()));
        }
        if (o.questions().isEmpty() && !o.missing().isEmpty()) {
            s.line(lang.t("- Missing: ", "- 缺少事实：") + "`" + String.join("`, `", o.missing()) + "`");
        }
        JsonNode reading = o.reading();
        if (reading.isObject() && !reading.path("text").asText("").isEmpty()) {
            boolean contested = reading.path("contested").asBoolean(false);
            s.line((contested ? lang.t("- Reading (contested): ", "- 解读（有争议）：") : lang.t("- Reading: ", "- 解读："))
                    + Md.esc(reading.path("text").asText())
                    + (reading.path("alternative").asText("").isEmpty() ? ""
                            : lang.t(" — Other reading: ", " — 另一种解读：") + Md.esc(reading.path("alternative").asText()))
                    + " " + cites.all(o.citations()));
        }
        List<Citation> later = new ArrayList<>();
        for (JsonNode c : o.upcomingCitations()) later.add(sources.of(c));
        if (!later.isEmpty()) {
            List<String> parts = new ArrayList<>();
            for (Citation c : later) parts.add(cites.m(c) + lang.t(" from ", " 自") + c.effective() + lang.t("", "起"));
            s.line(lang.t("- Further bases not yet in force: ", "- 尚未施行的其他依据：") + String.join(", ", parts));
        }
        s.line(lang.t("- Citations:", "- 法律依据："));
        for (Citation c : o.citations()) {
            cites.m(c);
            Cites.quote(s, c, sources, lang, "  ");
        }
    }

    static String status(String status, Language lang) {
        return switch (status) {
            case "applies" -> lang.t("applies", "适用");
            case "undetermined" -> lang.t("undetermined", "待定");
            default -> status;
        };
    }

    /**
     * The answer's {@code summary} counts, when the answer has them (read from the JSON): by status,
     * bearer and timing, each count above zero, in words; a group the pack does not know is shown
     * with its own key.
     */
    private static void summaryCounts(JsonNode summary, Md.Section glance, Language lang) {
        if (!summary.isObject()) return;
        for (Iterator<Map.Entry<String, JsonNode>> it = summary.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isObject() || e.getValue().isEmpty()) continue;
            List<String> parts = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> f = e.getValue().fields(); f.hasNext(); ) {
                Map.Entry<String, JsonNode> count = f.next();
                if (count.getValue().isNumber() && count.getValue().asLong() != 0) {
                    parts.add(countKey(e.getKey(), count.getKey(), lang) + " " + count.getValue().asText());
                }
            }
            if (parts.isEmpty()) continue;
            String group = switch (e.getKey()) {
                case "byStatus" -> lang.t("status", "状态");
                case "byBearer" -> lang.t("bearer", "义务主体");
                case "byTiming" -> lang.t("timing", "时间要求");
                default -> Md.esc(e.getKey());
            };
            glance.line(lang.t("- By " + group + " (the answer's summary): ", "- 按" + group + "（答复摘要）：") + String.join(lang.t(", ", "，"), parts));
        }
    }

    private static String countKey(String group, String key, Language lang) {
        return switch (group) {
            case "byStatus" -> status(key, lang);
            case "byBearer" -> Terms.code(key, lang);
            case "byTiming" -> Timing.when(key, lang);
            default -> Md.esc(key);
        };
    }

    /** The answer's {@code summary.next}: the actions to take first, each naming its obligation. */
    private static void doFirst(Answer a, Cites cites, Md md, Language lang) {
        JsonNode next = a.json().path("summary").path("next");
        if (!next.isArray() || next.isEmpty()) return;
        Md.Section s = md.root().section(lang.t("Do first", "优先事项"));
        for (JsonNode item : next) {
            String id = item.isTextual() ? item.asText() : item.path("obligation").asText(item.path("id").asText(""));
            Answer.Ob o = a.find(id).orElse(null);
            if (o == null) continue;
            JsonNode due = item.has("due") ? item.path("due") : o.due();
            s.line("- " + Md.esc(o.title()) + " (`" + o.id() + "`) — " + Timing.text(o.timing(), lang)
                    + lang.t(" · due: ", " · 截止：") + Timing.due(due) + " " + cites.all(o.citations()));
        }
    }

    private static void questions(Answer a, Md md, Language lang) {
        JsonNode qs = a.json().path("questions");
        if (!qs.isArray() || qs.isEmpty()) return;
        Md.Section s = md.root().section(lang.t("Open questions", "待回答的问题"));
        s.para(lang.t("Answer these in the service description and run the pack again: each decides the obligations it names.",
                "在服务描述中回答以下问题后重新生成合规包：每个问题决定其所列义务是否适用。"));
        for (JsonNode q : qs) {
            List<String> decides = new ArrayList<>();
            q.path("decides").forEach(d -> decides.add(d.asText()));
            String text = lang.zh() ? q.path("questionZh").asText(q.path("question").asText()) : q.path("question").asText();
            s.line("- `" + q.path("pointer").asText() + "` — " + Md.esc(text) + lang.t(" Decides " + decides.size() + ": ", " 决定 " + decides.size() + " 项：")
                    + "`" + String.join("`, `", decides) + "`");
        }
    }

    /** With {@code explain}: what one changed fact would add. */
    private static void nearMisses(Answer a, Sources sources, Cites cites, Md md, Language lang) {
        JsonNode misses = a.json().path("nearMisses");
        if (!misses.isArray() || misses.isEmpty()) return;
        Md.Section s = md.root().section(lang.t("What would change the answer", "哪些事实变化会改变答复"));
        for (JsonNode m : misses) {
            List<Citation> cs = new ArrayList<>();
            for (JsonNode ref : m.path("citations")) {
                Citation c = sources.byKey(ref.asText());
                if (c == null) c = sources.byLabel(ref.asText());
                if (c != null) cs.add(c);
            }
            // written here rather than taken from the answer's explanation, which is English in both languages
            String pointer = m.path("change").path("pointer").asText();
            String value = m.path("change").path("value").toString();
            String title = Md.esc(m.path("title").asText());
            String id = m.path("obligation").asText();
            s.line(lang.t("- If `" + pointer + "` were `" + value + "`: “" + title + "” (`" + id + "`) would apply ",
                    "- 若 `" + pointer + "` 为 `" + value + "`：“" + title + "”（`" + id + "`）将适用 ") + cites.all(cs));
        }
    }
}
