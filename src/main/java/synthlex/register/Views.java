package synthlex.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import synthlex.json.Json;

/** The JSON the register answers with: a service in full, and a service's line in the list. */
final class Views {
    private Views() { }

    static final List<String> STATES = List.of("todo", "in-progress", "done", "not-applicable");

    /** A tracked state as stored; absent means todo. */
    record State(String state, String reason, String note, String evidence, boolean review, String reviewSince,
                 int revision, String updatedAt, String updatedBy) {
        static final State TODO = new State("todo", null, null, null, false, null, 0, null, null);

        String etag() { return "\"t" + revision + "\""; }
    }

    static Map<String, State> states(Connection c, String serviceId) throws SQLException {
        Map<String, State> out = new LinkedHashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT obligation_id, state, reason, note, evidence, review, review_since,"
                + " revision, updated_at, updated_by FROM tracking WHERE service_id = ? ORDER BY obligation_id")) {
            st.setString(1, serviceId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), state(rs));
            }
        }
        return out;
    }

    static State state(ResultSet rs) throws SQLException {
        return new State(rs.getString("state"), rs.getString("reason"), rs.getString("note"), rs.getString("evidence"),
                rs.getInt("review") != 0, rs.getString("review_since"), rs.getInt("revision"), rs.getString("updated_at"), rs.getString("updated_by"));
    }

    static ObjectNode state(State s) {
        ObjectNode t = Json.MAPPER.createObjectNode();
        t.put("state", s.state());
        if (s.reason() != null) t.put("reason", s.reason());
        if (s.note() != null) t.put("note", s.note());
        if (s.evidence() != null) t.put("evidence", s.evidence());
        t.put("review", s.review());
        if (s.reviewSince() != null) t.put("reviewSince", s.reviewSince());
        if (s.updatedAt() != null) t.put("updatedAt", s.updatedAt()).put("updatedBy", s.updatedBy());
        t.put("etag", s.etag());
        return t;
    }

    static ObjectNode item(AnswerDigest.Item i, State s, LocalDate today) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("id", i.id());
        o.put("status", i.status());
        o.put("kind", i.kind());
        o.put("bearer", i.bearer());
        o.put("title", i.title());
        o.set("citations", Json.MAPPER.valueToTree(i.citations()));
        if (!i.missing().isEmpty()) o.set("missing", Json.MAPPER.valueToTree(i.missing()));
        if (i.effective() != null) o.put("effective", i.effective().toString());
        if (i.timing() != null) o.set("timing", Store.readTree(i.timing()));
        if (i.due() != null) {
            o.put("due", i.due().toString());
            o.put("overdue", overdue(i, s, today));
        }
        o.set("tracking", state(s));
        return o;
    }

    static boolean overdue(AnswerDigest.Item i, State s, LocalDate today) {
        return i.applies() && i.due() != null && i.due().isBefore(today) && !Diff.SETTLED.contains(s.state());
    }

    static ObjectNode service(Connection c, Store.ServiceRow row, LocalDate today) throws SQLException {
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("id", row.id());
        out.put("name", row.name());
        out.put("version", row.version());
        out.put("etag", row.etag());
        out.put("createdAt", row.createdAt());
        out.put("updatedAt", row.updatedAt());
        out.set("description", Store.readTree(Store.description(c, row.id(), row.version())));
        AnswerDigest digest = Store.digest(c, row);
        Map<String, State> states = states(c, row.id());
        ObjectNode answer = out.putObject("answer");
        answer.putObject("ruleBase").put("version", row.ruleBase());
        answer.put("asOf", row.asOf() == null ? null : row.asOf().toString());
        answer.put("evaluatedAt", row.evaluatedAt());
        if (digest != null && digest.kept() != null) digest.kept().fields().forEachRemaining(f -> answer.set(f.getKey(), f.getValue()));
        ArrayNode obligations = answer.putArray("obligations");
        ArrayNode upcoming = answer.putArray("upcoming");
        if (digest != null) {
            for (AnswerDigest.Item i : digest.items().values()) {
                (i.applies() ? obligations : upcoming).add(item(i, states.getOrDefault(i.id(), State.TODO), today));
            }
        }
        // states kept for obligations the answer no longer has: not lost, shown apart
        ArrayNode retired = out.putArray("retired");
        for (Map.Entry<String, State> e : states.entrySet()) {
            if (digest == null || !digest.items().containsKey(e.getKey())) retired.add(state(e.getValue()).put("obligationId", e.getKey()));
        }
        ArrayNode versions = out.putArray("versions");
        for (Store.Version v : Store.versions(c, row.id(), false)) {
            versions.addObject().put("version", v.version()).put("createdAt", v.createdAt()).put("createdBy", v.createdBy());
        }
        return out;
    }

    /** One line per service: counts by status, by tracked state and by timing, review and overdue counts, next due date. */
    static List<ObjectNode> summaries(Connection c, List<Store.ServiceRow> rows, LocalDate today) throws SQLException {
        if (rows.isEmpty()) return List.of();
        Map<String, List<Object[]>> byService = new HashMap<>();
        String first = rows.get(0).id(), last = rows.get(rows.size() - 1).id();
        try (PreparedStatement st = c.prepareStatement("SELECT o.service_id, o.list, o.status, o.due, o.timing, t.state, t.review"
                + " FROM obligations o LEFT JOIN tracking t ON t.service_id = o.service_id AND t.obligation_id = o.obligation_id"
                + " WHERE o.service_id >= ? AND o.service_id <= ?")) {
            st.setString(1, first);
            st.setString(2, last);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    byService.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Object[] {
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7) != 0});
                }
            }
        }
        List<ObjectNode> out = new ArrayList<>(rows.size());
        for (Store.ServiceRow row : rows) {
            ObjectNode s = Json.MAPPER.createObjectNode();
            s.put("id", row.id());
            s.put("name", row.name());
            s.put("version", row.version());
            s.put("etag", row.etag());
            s.put("updatedAt", row.updatedAt());
            s.putObject("ruleBase").put("version", row.ruleBase());
            s.put("asOf", row.asOf() == null ? null : row.asOf().toString());
            s.put("evaluatedAt", row.evaluatedAt());
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String k : List.of("applies", "undetermined", "upcoming")) counts.put(k, 0);
            Map<String, Integer> states = new LinkedHashMap<>();
            for (String st : STATES) states.put(st, 0);
            Map<String, Integer> timing = new LinkedHashMap<>();
            int review = 0, overdue = 0;
            String nextDue = null;
            for (Object[] o : byService.getOrDefault(row.id(), List.of())) {
                String list = (String) o[0], status = (String) o[1], due = (String) o[2], timingJson = (String) o[3];
                String state = o[4] == null ? "todo" : (String) o[4];
                boolean applies = list.equals("obligations");
                counts.merge(applies ? status : "upcoming", 1, Integer::sum);
                if (!applies) continue;
                states.merge(state, 1, Integer::sum);
                if ((Boolean) o[5]) review++;
                if (timingJson != null) {
                    JsonNode when = Store.readTree(timingJson).path("when");
                    if (when.isTextual()) timing.merge(when.asText(), 1, Integer::sum);
                }
                if (due != null && !Diff.SETTLED.contains(state)) {
                    if (LocalDate.parse(due).isBefore(today)) overdue++;
                    if (nextDue == null || due.compareTo(nextDue) < 0) nextDue = due;
                }
            }
            s.set("counts", Json.MAPPER.valueToTree(counts));
            s.set("states", Json.MAPPER.valueToTree(states));
            if (!timing.isEmpty()) s.set("timing", Json.MAPPER.valueToTree(timing));
            s.put("review", review);
            s.put("overdue", overdue);
            s.put("nextDue", nextDue);
            out.add(s);
        }
        return out;
    }
}
