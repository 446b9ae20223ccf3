package synthlex.register;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import synthlex.engine.Evaluator;
import synthlex.input.InputError;
import synthlex.json.Json;

/** The change feed ({@code GET /v1/changes}) and what is coming across the register ({@code GET /v1/upcoming}). */
public final class Feed {
    public static final int MAX_PAGE = 1000;
    public static final int MAX_DAYS = 3660;

    private final Database db;
    private final Clock clock;

    Feed(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Change records with an id above {@code since}, oldest first, at most {@code limit}. The answer's
     * {@code next} is the cursor to pass as {@code since} next time (the last id returned, or
     * {@code since} itself when there is nothing new), so a client that keeps it misses nothing.
     */
    public ObjectNode changes(long since, int limit, String serviceId) {
        if (since < 0) throw RegisterException.invalidQuery("since", "since must be 0 or a change id");
        if (limit < 1 || limit > MAX_PAGE) throw RegisterException.invalidQuery("limit", "limit must be between 1 and " + MAX_PAGE + ", not " + limit);
        return db.read(c -> {
            ObjectNode out = Json.MAPPER.createObjectNode();
            ArrayNode list = out.putArray("changes");
            long last = since;
            try (PreparedStatement st = c.prepareStatement("SELECT id, at, service_id, kind, obligation_id, cause, run_id, rule_base, detail"
                    + " FROM changes WHERE id > ?" + (serviceId == null ? "" : " AND service_id = ?") + " ORDER BY id LIMIT ?")) {
                int i = 1;
                st.setLong(i++, since);
                if (serviceId != null) st.setString(i++, serviceId);
                st.setInt(i, limit);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        ObjectNode ch = record(rs);
                        list.add(ch);
                        last = rs.getLong("id");
                    }
                }
            }
            out.put("next", last);
            return out;
        });
    }

    static ObjectNode record(ResultSet rs) throws SQLException {
        ObjectNode ch = Json.MAPPER.createObjectNode();
        ch.put("id", rs.getLong("id"));
        ch.put("at", rs.getString("at"));
        ch.put("serviceId", rs.getString("service_id"));
        ch.put("kind", rs.getString("kind"));
        if (rs.getString("obligation_id") != null) ch.put("obligationId", rs.getString("obligation_id"));
        ch.put("cause", rs.getString("cause"));
        long run = rs.getLong("run_id");
        if (!rs.wasNull()) ch.put("run", run);
        if (rs.getString("rule_base") != null) ch.put("ruleBase", rs.getString("rule_base"));
        Store.readTree(rs.getString("detail")).fields().forEachRemaining(f -> ch.set(f.getKey(), f.getValue()));
        return ch;
    }

    /**
     * Across the register, what is coming within {@code days} of today (Asia/Shanghai): law that
     * comes into force ({@code in-force}, from the answers' upcoming lists) and due dates
     * ({@code due}, of obligations not yet done or not applicable; already overdue ones first,
     * marked {@code overdue}). Sorted by date, then service, then obligation.
     */
    public ObjectNode upcoming(int days) {
        if (days < 0 || days > MAX_DAYS) throw RegisterException.invalidQuery("days", "days must be between 0 and " + MAX_DAYS + ", not " + days);
        LocalDate today = LocalDate.now(clock.withZone(Evaluator.CHINA));
        String until = today.plusDays(days).toString();
        return db.read(c -> {
            List<ObjectNode> items = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT o.service_id, s.name, o.obligation_id, o.title, o.list, o.effective, o.due,"
                    + " t.state FROM obligations o JOIN services s ON s.id = o.service_id"
                    + " LEFT JOIN tracking t ON t.service_id = o.service_id AND t.obligation_id = o.obligation_id"
                    + " WHERE (o.list = 'upcoming' AND o.effective >= ? AND o.effective <= ?)"
                    + " OR (o.list = 'obligations' AND o.due IS NOT NULL AND o.due <= ?"
                    + " AND (t.state IS NULL OR t.state NOT IN ('done', 'not-applicable')))")) {
                st.setString(1, today.toString());
                st.setString(2, until);
                st.setString(3, until);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        boolean inForce = rs.getString(5).equals("upcoming");
                        String date = inForce ? rs.getString(6) : rs.getString(7);
                        ObjectNode o = Json.MAPPER.createObjectNode();
                        o.put("date", date);
                        o.put("what", inForce ? "in-force" : "due");
                        o.put("serviceId", rs.getString(1));
                        o.put("serviceName", rs.getString(2));
                        o.put("obligationId", rs.getString(3));
                        o.put("title", rs.getString(4));
                        o.put("state", rs.getString(8) == null ? "todo" : rs.getString(8));
                        if (!inForce) o.put("overdue", LocalDate.parse(date).isBefore(today));
                        items.add(o);
                    }
                }
            }
            items.sort((a, b) -> {
                int d = a.path("date").asText().compareTo(b.path("date").asText());
                if (d != 0) return d;
                d = a.path("serviceId").asText().compareTo(b.path("serviceId").asText());
                return d != 0 ? d : a.path("obligationId").asText().compareTo(b.path("obligationId").asText());
            });
            ObjectNode out = Json.MAPPER.createObjectNode();
            out.put("from", today.toString());
            out.put("to", until);
            ArrayNode list = out.putArray("upcoming");
            items.forEach(list::add);
            return out;
        });
    }

    /** Id of the newest change record, 0 when there is none. */
    long lastId(Connection c) throws SQLException {
        return Store.scalarLong(c, "SELECT COALESCE(MAX(id), 0) FROM changes");
    }
}
