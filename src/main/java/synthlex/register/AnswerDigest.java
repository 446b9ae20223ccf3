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
import synthlex.engine.Evaluation.ClassificationResult;
import synthlex.engine.Evaluation.ObligationResult;
import synthlex.engine.Evaluation.Question;
import synthlex.json.Json;
import synthlex.law.Citation;
import synthlex.timing.Timing;

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

    /**
     * The digest of an answer, read from the answer's records rather than from its JSON: the same
     * values {@link #of(JsonNode)} reads by API field name, without serialising the 150-300 KB
     * answer and parsing it back (that round trip cost more than the evaluation itself).
     * {@code AnswerDigestTest} checks that the two agree on every example in {@code facts/}.
     */
    public static AnswerDigest of(Evaluation answer) {
        Map<String, Item> items = new LinkedHashMap<>();
        for (String list : List.of("obligations", "upcoming")) {
            List<ObligationResult> results = list.equals("obligations") ? answer.obligations() : answer.upcoming();
            if (results == null) continue;
            for (ObligationResult o : results) {
                Item item = item(list, o);
                items.putIfAbsent(item.id(), item);
            }
        }
        ObjectNode kept = Json.MAPPER.createObjectNode();
        ArrayNode classifications = kept.putArray("classifications");
        if (answer.classifications() != null) {
            for (ClassificationResult c : answer.classifications()) {
                classifications.addObject().put("id", String.valueOf(c.id())).put("status", c.status() == null ? "null" : c.status().code());
            }
        }
        if (answer.summary() != null) kept.set("summary", tree(answer.summary()));
        if (answer.questions() != null) {
            ArrayNode questions = kept.putArray("questions");
            for (Question q : answer.questions()) {
                ObjectNode out = questions.addObject().put("pointer", q.pointer() == null ? "" : q.pointer())
                        .put("question", q.question() == null ? "" : q.question());
                if (q.decides() != null) out.set("decides", tree(q.decides()));
            }
        }
        return new AnswerDigest(answer.ruleBase() == null ? null : answer.ruleBase().version(), answer.asOf(), items, kept);
    }

    private static Item item(String list, ObligationResult o) {
        List<String> citations = new ArrayList<>();
        if (o.citations() != null) for (Citation c : o.citations()) citations.add(String.valueOf(c.label()));
        return new Item(o.id() == null ? "" : o.id(), list, o.status() == null ? "" : o.status().code(),
                o.kind() == null ? null : o.kind().code(), o.bearer() == null ? null : o.bearer().code(), o.title(),
                List.copyOf(citations), o.missing() == null ? List.of() : List.copyOf(o.missing()), o.effective(), o.due(),
                o.timing() == null ? null : timing(o.timing()), Fingerprints.of(o));
    }

    private static final int MAX_TIMINGS = 4_096;
    private static final java.util.concurrent.ConcurrentHashMap<Timing, String> TIMINGS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.ConcurrentHashMap<String, String> TIMING_HASHES = new java.util.concurrent.ConcurrentHashMap<>();

    /** A timing's JSON; the rules have a few dozen timings, repeated in every answer, so each is written once (bounded). */
    private static String timing(Timing timing) {
        String json = TIMINGS.get(timing);
        if (json == null) {
            json = Json.compact(timing);
            if (TIMINGS.size() >= MAX_TIMINGS) TIMINGS.clear();
            TIMINGS.put(timing, json);
        }
        return json;
    }

    /** A hash of a timing's JSON, for {@link #hash}: made once per timing (bounded). */
    private static String timingHash(String json) {
        String hash = TIMING_HASHES.get(json);
        if (hash == null) {
            hash = HexFormat.of().formatHex(sha256().digest(json.getBytes(StandardCharsets.UTF_8)), 0, 16);
            if (TIMING_HASHES.size() >= MAX_TIMINGS) TIMING_HASHES.clear();
            TIMING_HASHES.put(json, hash);
        }
        return hash;
    }

    /**
     * A small JSON value of the answer as the tree {@link #of(JsonNode)} would have read (no
     * citations in it: those are pre-rendered raw JSON, which a tree built directly keeps opaque).
     */
    private static JsonNode tree(Object value) {
        return Json.MAPPER.valueToTree(value);
    }

    /** The digest read from an answer's JSON by API field name: the reference {@link #of(Evaluation)} is tested against. */
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
     * The hashes of what the register stores of an answer: {@code answer} of all of it, stored with
     * the service ({@code services.digest}), and one per item, stored with its row
     * ({@code obligations.item_hash}).
     */
    public record Hashes(String answer, Map<String, String> items) { }

    /**
     * The hashes of this answer. An equal {@code answer} hash means the stored obligations are
     * exactly these items and the answer column exactly {@link #kept}, so a re-evaluation that
     * finds it neither reads nor writes them; otherwise the item hashes say which rows differ.
     *
     * <p>They are made for every re-evaluation, so they hash as little as determines an item: its
     * title and citation labels are hashed in its fingerprint already, and its timing (a few
     * hundred characters of JSON) by a hash of that JSON made once per timing; what is left is
     * short ASCII. Ten thousand services repeat the same items, so an item's hash is remembered
     * (bounded).
     */
    public Hashes hashes() {
        String[] ids = items.keySet().toArray(new String[0]);
        java.util.Arrays.sort(ids);
        Map<String, String> itemHashes = new java.util.HashMap<>(ids.length * 2);
        MessageDigest sha = sha256();
        for (String id : ids) {
            String hash = itemHash(items.get(id));
            itemHashes.put(id, hash);
            byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
            putInt(sha, idBytes.length);
            sha.update(idBytes);
            sha.update(hash.getBytes(StandardCharsets.ISO_8859_1)); // hex: 32 characters
        }
        putInt(sha, -1);
        if (kept != null) sha.update(Json.compactBytes(kept));
        return new Hashes(HexFormat.of().formatHex(sha.digest()), itemHashes);
    }

    private static void putInt(MessageDigest sha, int n) {
        sha.update((byte) (n >>> 24));
        sha.update((byte) (n >>> 16));
        sha.update((byte) (n >>> 8));
        sha.update((byte) n);
    }

    private static final int MAX_ITEM_HASHES = 16_384;
    private static final java.util.concurrent.ConcurrentHashMap<Item, String> ITEM_HASHES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * An item's hash, remembered by the item (an equal item has an equal hash; an item's strings
     * are mostly the rule base's own, so its hashCode and equals are cheap).
     */
    private static String itemHash(Item i) {
        String hash = ITEM_HASHES.get(i);
        if (hash == null) {
            StringBuilder text = new StringBuilder(256);
            put(text, i.id());
            put(text, i.list());
            put(text, i.status());
            put(text, i.kind());
            put(text, i.bearer());
            text.append(i.missing().size()).append('[');
            for (String m : i.missing()) put(text, m);
            put(text, i.effective() == null ? null : i.effective().toString());
            put(text, i.due() == null ? null : i.due().toString());
            put(text, i.timing() == null ? null : timingHash(i.timing()));
            put(text, i.fingerprint()); // title, summary and every citation's label and text
            hash = HexFormat.of().formatHex(sha256().digest(text.toString().getBytes(StandardCharsets.UTF_8)), 0, 16);
            if (ITEM_HASHES.size() >= MAX_ITEM_HASHES) ITEM_HASHES.clear();
            ITEM_HASHES.put(i, hash);
        }
        return hash;
    }

    /** A length-prefixed string ("-" for null), so that no two sequences of fields read alike. */
    private static void put(StringBuilder text, String s) {
        if (s == null) text.append('-');
        else text.append(s.length()).append(':').append(s);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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

    /**
     * {@link #fingerprint(JsonNode)} from the records: a JSON null is read there as the text
     * "null" (a citation without verbatim text), an absent title or summary as "". Ten thousand
     * services repeat the same few hundred obligations with the same wording, so each wording is
     * hashed once and remembered; the key holds the strings themselves (the rule base's own
     * instances, so comparing them is mostly a reference check), and the memory is bounded.
     */
    private static final class Fingerprints {
        private Fingerprints() { }

        private static final int MAX_ENTRIES = 8_192;
        private static final java.util.concurrent.ConcurrentHashMap<List<String>, String> SEEN = new java.util.concurrent.ConcurrentHashMap<>();

        static String of(ObligationResult o) {
            int n = o.citations() == null ? 0 : o.citations().size();
            String[] key = new String[2 + 2 * n];
            key[0] = o.title() == null ? "" : o.title();
            key[1] = o.summary() == null ? "" : o.summary();
            for (int i = 0; i < n; i++) {
                Citation c = o.citations().get(i);
                key[2 + 2 * i] = c.label() == null ? "null" : c.label();
                key[3 + 2 * i] = c.text() == null ? "null" : c.text();
            }
            List<String> k = java.util.Arrays.asList(key);
            String known = SEEN.get(k);
            if (known != null) return known;
            String computed = hash(key);
            if (SEEN.size() >= MAX_ENTRIES) SEEN.clear();
            SEEN.put(k, computed);
            return computed;
        }

        private static String hash(String[] parts) {
            MessageDigest sha = sha256();
            for (String p : parts) feed(sha, p);
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
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
