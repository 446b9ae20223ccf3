package synthlex.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import synthlex.input.InputError;
import synthlex.json.Json;

/**
 * The state of each obligation of a stored service: {@code todo}, {@code in-progress}, {@code done}
 * or {@code not-applicable} (with a reason), a note and an evidence link. Every change is kept with
 * who made it, when, and the state before and after. A state belongs to the obligation id, not to
 * an answer, so it survives re-evaluation; a {@code done} whose wording changes is flagged for review.
 */
public final class Tracking {
    static final int MAX_REASON = 2000, MAX_NOTE = 4000, MAX_EVIDENCE = 2000;
    private static final Set<String> FIELDS = Set.of("state", "reason", "note", "evidence");

    private final Database db;
    private final Clock clock;

    Tracking(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The request body of a state change, checked. */
    record Change(String state, String reason, String note, String evidence) { }

    static Change parse(JsonNode body) {
        List<InputError> errors = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw RegisterException.invalid("Invalid tracking state", List.of(new InputError("", "the body must be a JSON object")));
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String n = names.next();
            if (!FIELDS.contains(n)) errors.add(new InputError("/" + n, "unknown field '" + (n.length() > 60 ? n.substring(0, 60) + "…" : n)
                    + "'; allowed: state, reason, note, evidence"));
        }
        String state = text(body, "state", 20, errors);
        if (!body.has("state") || body.get("state").isNull()) errors.add(new InputError("/state", "state is required; one of " + Views.STATES));
        else if (state != null && !Views.STATES.contains(state)) errors.add(new InputError("/state", "unknown state '" + state + "'; allowed: " + Views.STATES));
        String reason = text(body, "reason", MAX_REASON, errors);
        String note = text(body, "note", MAX_NOTE, errors);
        String evidence = text(body, "evidence", MAX_EVIDENCE, errors);
        if ("not-applicable".equals(state) && (reason == null || reason.isBlank())) {
            errors.add(new InputError("/reason", "a reason is required when the state is not-applicable: say why the obligation does not apply"));
        }
        if (evidence != null && !evidence.isEmpty() && !isHttpUrl(evidence)) {
            errors.add(new InputError("/evidence", "evidence must be an absolute http or https URL"));
        }
        if (!errors.isEmpty()) throw RegisterException.invalid("Invalid tracking state", errors);
        return new Change(state, blankToNull(reason), blankToNull(note), blankToNull(evidence));
    }

    private static String text(JsonNode body, String field, int max, List<InputError> errors) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) {
            errors.add(new InputError("/" + field, field + " must be a string"));
            return null;
        }
        String s = v.asText();
        if (s.length() > max) errors.add(new InputError("/" + field, field + " is longer than " + max + " characters"));
        if (s.chars().anyMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\t')) errors.add(new InputError("/" + field, field + " contains control characters"));
        return s;
    }

    private static boolean isHttpUrl(String s) {
        try {
            URI u = new URI(s);
            return u.isAbsolute() && (u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https")) && u.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /**
     * Sets the state of obligation {@code obligationId} of service {@code serviceId}. The obligation
     * must be in the service's current answer (applying, undetermined or upcoming). {@code If-Match}
     * is honoured when sent (the tracking ETag, {@code "tN"}) but not required: every change is kept
     * in the history, so nothing is overwritten without a trace.
     */
    public ObjectNode set(String serviceId, String obligationId, JsonNode body, Preconditions pre, String who) {
        Register.checkId(serviceId);
        Change change = parse(body);
        String now = Store.now(clock);
        return db.tx(c -> {
            Store.ServiceRow row = Store.service(c, serviceId);
            if (row == null) throw RegisterException.notFound(serviceId);
            AnswerDigest digest = Store.digest(c, row);
            AnswerDigest.Item item = digest == null ? null : digest.items().get(obligationId);
            if (item == null) throw unknownObligation(serviceId, obligationId);
            Views.State before = Views.states(c, serviceId).getOrDefault(obligationId, Views.State.TODO);
            if (pre.hasIfMatch() && !pre.matches(before.etag())) throw Preconditions.stale("tracking state", before.etag());
            String doneFingerprint = change.state().equals("done") ? item.fingerprint() : null;
            write(c, serviceId, obligationId, change, doneFingerprint, before.revision() + 1, now, who);
            history(c, serviceId, obligationId, now, who, before.revision() == 0 ? null : before.state(), change);
            return view(c, serviceId, obligationId, item);
        });
    }

    static void write(Connection c, String serviceId, String obligationId, Change change, String doneFingerprint,
                      int revision, String at, String who) throws SQLException {
        // a PUT is a look at the obligation: it clears the review flag
        try (PreparedStatement st = c.prepareStatement("INSERT INTO tracking (service_id, obligation_id, state, reason, note, evidence,"
                + " review, review_since, done_fingerprint, revision, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, 0, NULL, ?, ?, ?, ?)"
                + " ON CONFLICT (service_id, obligation_id) DO UPDATE SET state = excluded.state, reason = excluded.reason,"
                + " note = excluded.note, evidence = excluded.evidence, review = 0, review_since = NULL,"
                + " done_fingerprint = excluded.done_fingerprint, revision = excluded.revision,"
                + " updated_at = excluded.updated_at, updated_by = excluded.updated_by")) {
            st.setString(1, serviceId);
            st.setString(2, obligationId);
            st.setString(3, change.state());
            st.setString(4, change.reason());
            st.setString(5, change.note());
            st.setString(6, change.evidence());
            st.setString(7, doneFingerprint);
            st.setInt(8, revision);
            st.setString(9, at);
            st.setString(10, who);
            st.executeUpdate();
        }
    }

    static void history(Connection c, String serviceId, String obligationId, String at, String who, String from, Change to) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO tracking_history (service_id, obligation_id, at, who, from_state,"
                + " to_state, reason, note, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, serviceId);
            st.setString(2, obligationId);
            st.setString(3, at);
            st.setString(4, who);
            st.setString(5, from);
            st.setString(6, to.state());
            st.setString(7, to.reason());
            st.setString(8, to.note());
            st.setString(9, to.evidence());
            st.executeUpdate();
        }
    }

    /** The obligation as the service's answer has it, its tracked state and every change of that state. */
    public ObjectNode get(String serviceId, String obligationId) {
        Register.checkId(serviceId);
        return db.read(c -> {
            Store.ServiceRow row = Store.service(c, serviceId);
            if (row == null) throw RegisterException.notFound(serviceId);
            AnswerDigest digest = Store.digest(c, row);
            AnswerDigest.Item item = digest == null ? null : digest.items().get(obligationId);
            if (item == null && !Views.states(c, serviceId).containsKey(obligationId)) throw unknownObligation(serviceId, obligationId);
            return view(c, serviceId, obligationId, item);
        });
    }

    private static ObjectNode view(Connection c, String serviceId, String obligationId, AnswerDigest.Item item) throws SQLException {
        Views.State state = Views.states(c, serviceId).getOrDefault(obligationId, Views.State.TODO);
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("serviceId", serviceId);
        out.put("obligationId", obligationId);
        out.put("inAnswer", item != null);
        if (item != null) {
            ObjectNode o = Views.item(item, state, java.time.LocalDate.MIN);
            o.remove("tracking");
            o.remove("overdue");
            out.set("obligation", o);
        }
        out.set("tracking", Views.state(state));
        out.set("history", history(c, serviceId, obligationId));
        return out;
    }

    static ArrayNode history(Connection c, String serviceId, String obligationId) throws SQLException {
        ArrayNode out = Json.MAPPER.createArrayNode();
        try (PreparedStatement st = c.prepareStatement("SELECT at, who, from_state, to_state, reason, note, evidence FROM tracking_history"
                + " WHERE service_id = ? AND obligation_id = ? ORDER BY id")) {
            st.setString(1, serviceId);
            st.setString(2, obligationId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ObjectNode h = out.addObject().put("at", rs.getString(1)).put("who", rs.getString(2))
                            .put("from", rs.getString(3) == null ? "todo" : rs.getString(3)).put("to", rs.getString(4));
                    if (rs.getString(5) != null) h.put("reason", rs.getString(5));
                    if (rs.getString(6) != null) h.put("note", rs.getString(6));
                    if (rs.getString(7) != null) h.put("evidence", rs.getString(7));
                }
            }
        }
        return out;
    }

    /** Every tracked state of a service with its history, for export. */
    static ArrayNode export(Connection c, String serviceId) throws SQLException {
        ArrayNode out = Json.MAPPER.createArrayNode();
        Map<String, Tracked> tracked = Store.tracked(c, serviceId);
        for (Map.Entry<String, Views.State> e : Views.states(c, serviceId).entrySet()) {
            ObjectNode t = Views.state(e.getValue());
            t.remove("etag");
            t.put("obligationId", e.getKey());
            String fingerprint = tracked.get(e.getKey()).doneFingerprint();
            if (fingerprint != null) t.put("doneFingerprint", fingerprint); // so a restored done is still flagged when the wording moves
            t.set("history", history(c, serviceId, e.getKey()));
            out.add(t);
        }
        return out;
    }

    private static RegisterException unknownObligation(String serviceId, String obligationId) {
        return new RegisterException(404, "unknown-obligation", "Unknown obligation",
                "Service '" + serviceId + "' has no obligation '" + (obligationId.length() > 100 ? obligationId.substring(0, 100) + "…" : obligationId)
                        + "' in its current answer; GET /v1/services/" + serviceId + " lists them.");
    }
}
