package synthlex.api;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import synthlex.facts.Status;
import synthlex.law.Verification;
import synthlex.model.Code;
import synthlex.model.Role;
import synthlex.rules.ObligationKind;
import synthlex.timing.Trigger;
import synthlex.timing.When;

/**
 * The OpenAPI schemas of the answers (evaluations and rules), the parts product teams read first:
 * the summary, each obligation and its timing. Enum values come from the code, so they cannot drift.
 */
final class AnswerSchemas {
    private AnswerSchemas() { }

    static final Map<String, Object> ALL = build();

    private static Map<String, Object> build() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("Timing", object("When the obligation must be met. Only the members that apply are present.", List.of("when"), props(
                "when", withDescription(enumOf(When.values()), "before-launch: done before the service (or the function or processing) goes live;"
                        + " at-launch: in place from the first day; within: within period from the event in from; periodic: every interval"
                        + " (every) or, where the law gives none, regularly; on-event: when the event in from happens; ongoing: a standing duty"
                        + " or prohibition for which the law gives no time"),
                "period", string("ISO-8601 duration, e.g. P10D, P1M, PT24H (within only)"),
                "workingDays", Map.of("type", "boolean", "description", "true when the law counts the period in working days (工作日); absent otherwise"),
                "from", withDescription(enumOf(Trigger.values()), "what starts the clock"),
                "every", string("the interval of a periodic duty, ISO-8601, e.g. P1Y, P2Y"),
                "basis", string("the label of the provision that fixes the timing, e.g. \"Algorithm Recommendation Provisions Art. 24(1)\""),
                "also", Map.of("type", "array", "description", "further deadlines the same provisions set for the same thing to do"
                        + " (e.g. a filing's change and cancellation), each a Timing", "items", ref("Timing")))));
        s.put("NextAction", object("One of the first things to do.", List.of("obligation", "title", "when"), props(
                "obligation", string("the obligation's id, as in obligations"),
                "title", string("its title, in the language of the answer"),
                "when", enumOf(When.values()),
                "period", string("for within: the period"),
                "workingDays", Map.of("type", "boolean"),
                "from", enumOf(Trigger.values()))));
        s.put("Summary", object("The answer at a glance, first in every answer. Counts are over obligations (upcoming counted apart);"
                        + " byStatus, byBearer and byTiming have every key, zeros included. next: at most 5 applying obligations,"
                        + " before-launch first, then at-launch, then within (shortest period first), each group in the answer's order.",
                List.of("obligations", "byStatus", "byBearer", "byTiming", "upcoming", "next"), props(
                        "obligations", Map.of("type", "integer"),
                        "byStatus", counts(Status.values()),
                        "byBearer", counts(Role.values()),
                        "byTiming", counts(When.values()),
                        "upcoming", Map.of("type", "integer"),
                        "next", Map.of("type", "array", "maxItems", 5, "items", ref("NextAction")))));
        s.put("Citation", object("One provision, cited in full: the verbatim Chinese text of exactly that provision (null only where the"
                        + " registered text is a summary) and an English paraphrase.",
                List.of("instrument", "article", "paragraph", "item", "pinpoint", "label", "text", "summary", "effective", "verification", "leadIn"), props(
                        "instrument", string("the instrument's id, e.g. deep-synthesis-provisions"),
                        "article", Map.of("type", "integer", "description", "for a standard, this knowledge base's own numbering of its requirements"),
                        "paragraph", Map.of("type", List.of("integer", "null"), "description", "款; null where the article has one paragraph"),
                        "item", Map.of("type", List.of("integer", "null"), "description", "项; null where none"),
                        "pinpoint", string("e.g. 第十七条第一款第（三）项; a standard's number"),
                        "label", string("e.g. Deep Synthesis Provisions Art. 17(1)(3)"),
                        "text", Map.of("type", List.of("string", "null")),
                        "summary", string("English paraphrase"),
                        "effective", Map.of("type", "string", "format", "date"),
                        "verification", enumOf(Verification.values()),
                        "leadIn", Map.of("type", List.of("string", "null"), "description", "for an item: its paragraph's opening words"))));
        s.put("CitationRef", Map.of("type", "object", "additionalProperties", false, "required", List.of("ref", "label"),
                "description", "A citation in an answer asked for with ?citations=ref: the provision is in the answer's provisions under ref.",
                "properties", props(
                        "ref", string("the key of the provision in the answer's provisions: the instrument id, @edition where the text names one,"
                                + " then article(paragraph)(item), e.g. deep-synthesis-provisions/17(1)(3), cybersecurity-law@2017/21; a standard's"
                                + " own requirement numbers are marked #, e.g. gb-45438-2025/#4. Stable across answers and rule-base versions"),
                        "label", string("the citation's label, as in Citation"))));
        s.put("Obligation", object("One thing to do (API.md); timing is always present.",
                List.of("id", "kind", "bearer", "status", "title", "timing", "citations", "because", "missing", "rule"), props(
                        "id", string(null), "kind", enumOf(ObligationKind.values()), "bearer", enumOf(Role.values()),
                        "status", enumOf(Status.values()), "title", string(null), "summary", string(null),
                        "timing", ref("Timing"),
                        "due", Map.of("type", "string", "format", "date", "description",
                                "With launchDate: the last day to meet it, on the official PRC calendar (docs/calendar.md)."),
                        "dueNote", Map.of("type", "string", "description",
                                "Present when the due date counted a year whose holiday notice is not yet published: it may move."),
                        "citations", citations(),
                        "because", Map.of("type", "array", "items", Map.of("type", "string")),
                        "missing", Map.of("type", "array", "items", Map.of("type", "string")),
                        "rule", Map.of("type", "object"), "rules", Map.of("type", "array"),
                        "reading", Map.of("type", "object"), "effective", Map.of("type", "string", "format", "date"),
                        "upcomingCitations", citations(), "questions", Map.of("type", "array"), "trace", Map.of("type", "array"))));
        s.put("Evaluation", object("The answer to one service description: summary first after name, asOf and ruleBase."
                        + " With ?citations=ref, every citation is a CitationRef and the answer ends with provisions.",
                List.of("name", "asOf", "ruleBase", "summary", "classifications", "obligations", "upcoming", "questions"), props(
                        "name", string(null), "asOf", Map.of("type", "string", "format", "date"), "ruleBase", Map.of("type", "object"),
                        "summary", ref("Summary"),
                        "classifications", Map.of("type", "array", "items", Map.of("type", "object", "properties", props("citations", citations()))),
                        "obligations", Map.of("type", "array", "items", ref("Obligation")),
                        "upcoming", Map.of("type", "array", "items", ref("Obligation")),
                        "questions", Map.of("type", "array", "items", Map.of("type", "object")),
                        "nearMisses", Map.of("type", "array", "items", Map.of("type", "object")),
                        "provisions", Map.of("type", "object", "additionalProperties", ref("Citation"), "description",
                                "Only with ?citations=ref, always then, last: every provision the answer cites, once, in full, keyed by"
                                + " CitationRef.ref, in the order first cited."))));
        s.put("Batch", object("One result per service, in the order sent: its answer, or its own problem.", List.of("results"), props(
                "results", Map.of("type", "array", "items", Map.of("oneOf", List.of(ref("Evaluation"), ref("Problem")))))));
        s.put("Rules", object("Every rule in rule-base order.", List.of("rules"), props("rules", Map.of("type", "array", "items", object(
                "One rule; timing (obligation rules only) names its own basis or the rule's first citation.", List.of("name", "file", "line", "type"), props(
                        "name", string(null), "file", string(null), "line", Map.of("type", "integer"), "type", Map.of("enum", List.of("obligation", "classification")),
                        "obligationId", string(null), "classifies", string(null), "kind", enumOf(ObligationKind.values()), "bearer", enumOf(Role.values()),
                        "title", string(null), "cites", Map.of("type", "array", "items", Map.of("type", "string")),
                        "citations", Map.of("type", "array"), "reading", Map.of("type", "object"),
                        "timing", Map.of("oneOf", List.of(ref("Timing"), Map.of("type", "null")))))))));
        return s;
    }

    /** A list of citations: in full, or by reference with ?citations=ref. */
    private static Map<String, Object> citations() {
        return Map.of("type", "array", "items", Map.of("oneOf", List.of(ref("Citation"), ref("CitationRef"))));
    }

    private static Map<String, Object> object(String description, List<String> required, Map<String, Object> properties) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "object");
        m.put("description", description);
        m.put("required", required);
        m.put("properties", properties);
        return m;
    }

    private static Map<String, Object> props(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    private static Map<String, Object> string(String description) {
        return description == null ? Map.of("type", "string") : Map.of("type", "string", "description", description);
    }

    private static Map<String, Object> ref(String name) {
        return Map.of("$ref", "#/components/schemas/" + name);
    }

    private static Map<String, Object> enumOf(Code[] values) {
        return Map.of("type", "string", "enum", Arrays.stream(values).map(Code::code).toList());
    }

    private static Map<String, Object> withDescription(Map<String, Object> schema, String description) {
        Map<String, Object> m = new LinkedHashMap<>(schema);
        m.put("description", description);
        return m;
    }

    private static Map<String, Object> counts(Code[] keys) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (Code k : keys) props.put(k.code(), Map.of("type", "integer"));
        return Map.of("type", "object", "required", Arrays.stream(keys).map(Code::code).toList(), "properties", props);
    }
}
