package synthlex.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import synthlex.engine.Evaluation;
import synthlex.json.Json;

/**
 * What the register keeps of an answer. A full answer quotes the verbatim text of every citation
 * and runs to 200-300 KB; ten thousand of them would be gigabytes. The register keeps, per
 * obligation, what tracking and the change feed need (status, citation labels, missing facts, due
 * date, timing) and a fingerprint of its wording; the full answer is one evaluation away
 * ({@code GET /v1/services/{id}/answer}).
 *
 * <p>It reads the answer as JSON, not as Java records, on purpose: the answer grows (timing, due,
 * summary) and the register should pick up what is there by its API name, {@code due} included.
 */
public record AnswerDigest(String ruleBase, LocalDate asOf, Map<String, Item> items, ObjectNode kept) {

    /** One obligation of the answer; {@code list} is {@code obligations} or {@code upcoming}. */
    public record Item(String id, String list, String status, String kind, String bearer, String title,
                       List<String> citations, List<String> missing, LocalDate effective, LocalDate due,
                       String timing, String fingerprint) {
        boolean applies() { return list.equals("obligations"); }
    }

    public static AnswerDigest of(Evaluation answer) {
        // through bytes, not valueToTree: citations are pre-rendered JSON, which a token buffer keeps as one opaque raw value
        try {
            return of(Json.MAPPER.readTree(Json.compactBytes(answer)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static AnswerDigest of(JsonNode answer) {
        Map<String, Item> items = new LinkedHashMap<>();
        for (String list : List.of("obligations", "upcoming")) {
            for (JsonNode o : answer.path(list)) {
                Item item = item(list, o);
                items.putIfAbsent(item.id(), item); // an id is in one list only; the first wins if ever not
            }
        }
        ObjectNode kept = Json.MAPPER.createObjectNode();
        ArrayNode classifications = kept.putArray("classifications");
        for (JsonNode c : answer.path("classifications")) {
            classifications.addObject().put("id", c.path("id").asText()).put("status", c.path("status").asText());
        }
        if (answer.has("summary")) kept.set("summary", answer.get("summary"));
        if (answer.has("questions")) {
            ArrayNode questions = kept.putArray("questions");
            for (JsonNode q : answer.path("questions")) {
                ObjectNode out = questions.addObject().put("pointer", q.path("pointer").asText()).put("question", q.path("question").asText());
                if (q.has("decides")) out.set("decides", q.get("decides"));
            }
        }
        return new AnswerDigest(answer.path("ruleBase").path("version").asText(null), date(answer.path("asOf")), items, kept);
    }

    private static Item item(String list, JsonNode o) {
        List<String> citations = new ArrayList<>();
        for (JsonNode c : o.path("citations")) citations.add(c.path("label").asText());
        List<String> missing = new ArrayList<>();
        for (JsonNode m : o.path("missing")) missing.add(m.asText());
        String timing = o.hasNonNull("timing") ? Json.compact(o.get("timing")) : null;
        return new Item(o.path("id").asText(), list, o.path("status").asText(), text(o, "kind"), text(o, "bearer"), text(o, "title"),
                List.copyOf(citations), List.copyOf(missing), date(o.path("effective")), date(o.path("due")), timing, fingerprint(o));
    }

    /**
     * The wording a {@code done} state was given for: the title, the summary, and every citation's
     * label and verbatim text. When it changes, whoever marked it done should look again.
     */
    static String fingerprint(JsonNode o) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            feed(sha, text(o, "title"));
            feed(sha, text(o, "summary"));
            for (JsonNode c : o.path("citations")) {
                feed(sha, c.path("label").asText());
                feed(sha, c.path("text").asText());
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void feed(MessageDigest sha, String s) {
        sha.update((s == null ? "" : s).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static LocalDate date(JsonNode v) {
        if (v == null || !v.isTextual()) return null;
        try {
            return LocalDate.parse(v.asText());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
