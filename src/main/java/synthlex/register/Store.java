package synthlex.register;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import synthlex.json.Json;

/**
 * The SQL of the register, one small method per statement, all on a connection the caller holds
 * (so the caller decides the transaction). The same statements run on SQLite and PostgreSQL.
 */
final class Store {
    private Store() { }

    /** A row of {@code services}. */
    record ServiceRow(String id, String generation, int version, String name, String createdAt, String updatedAt,
                      String ruleBase, LocalDate asOf, String evaluatedAt, String answer, long lastRun, String digest) {
        String etag() { return "\"" + generation + "-" + version + "\""; }
    }

    private static final String SERVICE_COLUMNS =
            "id, generation, version, name, created_at, updated_at, rule_base, as_of, evaluated_at, answer, last_run, digest";

    static ServiceRow service(Connection c, String id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + SERVICE_COLUMNS + " FROM services WHERE id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? serviceRow(rs) : null;
            }
        }
    }

    /** Services in id order after {@code after} (exclusive, null for the first page). */
    static List<ServiceRow> services(Connection c, String after, int limit) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + SERVICE_COLUMNS + " FROM services WHERE id > ? ORDER BY id LIMIT ?")) {
            st.setString(1, after == null ? "" : after);
            st.setInt(2, limit);
            List<ServiceRow> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(serviceRow(rs));
            }
            return out;
        }
    }

    /** A row read with {@link #SERVICE_COLUMNS}, by position (finding columns by name cost more than reading them). */
    private static ServiceRow serviceRow(ResultSet rs) throws SQLException {
        return new ServiceRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), date(rs.getString(8)), rs.getString(9), rs.getString(10), rs.getLong(11), rs.getString(12));
    }

    /** Creates a service at version 1; false if the id is taken (by a concurrent creation). */
    static boolean insertService(Connection c, String id, String generation, String name, String at) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO services (id, generation, version, name, created_at, updated_at)"
                + " VALUES (?, ?, 1, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
            st.setString(1, id);
            st.setString(2, generation);
            st.setString(3, name);
            st.setString(4, at);
            st.setString(5, at);
            return st.executeUpdate() == 1;
        }
    }

    /** Moves a service from {@code version} to the next; false if it is no longer at {@code version} (a concurrent write won). */
    static boolean bumpVersion(Connection c, String id, int version, String name, String at) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "UPDATE services SET version = version + 1, name = ?, updated_at = ? WHERE id = ? AND version = ?")) {
            st.setString(1, name);
            st.setString(2, at);
            st.setString(3, id);
            st.setInt(4, version);
            return st.executeUpdate() == 1;
        }
    }

    /**
     * Holds on to a service at {@code version} for the rest of the transaction; false if it is no
     * longer there. On PostgreSQL the update locks the row, so a concurrent PUT (which updates the
     * same row first) either committed before, and is seen, or waits until this transaction ends;
     * on SQLite the transaction holds the write lock already.
     */
    static boolean lockVersion(Connection c, String id, int version) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE services SET version = version WHERE id = ? AND version = ?")) {
            st.setString(1, id);
            st.setInt(2, version);
            return st.executeUpdate() == 1;
        }
    }

    /** A service held by {@link #lockService}, and how many tracked states it has. */
    record Locked(ServiceRow row, long tracked) { }

    /**
     * {@link #lockVersion} that also returns the row and the number of its tracked states, in one
     * round trip (a re-evaluation makes one per service; on PostgreSQL each is a network exchange).
     * Null if the service is no longer at {@code version}.
     */
    static Locked lockService(Connection c, String id, int version) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE services SET version = version WHERE id = ? AND version = ? RETURNING "
                + SERVICE_COLUMNS + ", (SELECT COUNT(*) FROM tracking WHERE tracking.service_id = services.id)")) {
            st.setString(1, id);
            st.setInt(2, version);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? new Locked(serviceRow(rs), rs.getLong(13)) : null;
            }
        }
    }

    /** A service behind a re-evaluation run, with its current description. */
    record Behind(String id, int version, String description) { }

    /**
     * Up to {@code limit} services not yet up to date with run {@code runId}, in id order after
     * {@code after} (a cursor, so that a run reads each page once instead of scanning the services
     * it has done again and again), each with its current description: one query a page.
     */
    static List<Behind> behind(Connection c, long runId, String after, int limit) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT s.id, s.version, v.description FROM services s"
                + " JOIN service_versions v ON v.service_id = s.id AND v.version = s.version"
                + " WHERE s.last_run < ? AND s.id > ? ORDER BY s.id LIMIT ?")) {
            st.setLong(1, runId);
            st.setString(2, after);
            st.setInt(3, limit);
            List<Behind> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.add(new Behind(rs.getString(1), rs.getInt(2), rs.getString(3)));
            }
            return out;
        }
    }

    static void insertVersion(Connection c, String id, int version, String description, String at, String who) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO service_versions (service_id, version, description, created_at, created_by) VALUES (?, ?, ?, ?, ?)")) {
            st.setString(1, id);
            st.setInt(2, version);
            st.setString(3, description);
            st.setString(4, at);
            st.setString(5, who);
            st.executeUpdate();
        }
    }

    /** A stored version of a description. */
    record Version(int version, String createdAt, String createdBy, String description) { }

    static List<Version> versions(Connection c, String id, boolean withDescriptions) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT version, created_at, created_by"
                + (withDescriptions ? ", description" : "") + " FROM service_versions WHERE service_id = ? ORDER BY version")) {
            st.setString(1, id);
            List<Version> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new Version(rs.getInt(1), rs.getString(2), rs.getString(3), withDescriptions ? rs.getString(4) : null));
                }
            }
            return out;
        }
    }

    static String description(Connection c, String id, int version) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT description FROM service_versions WHERE service_id = ? AND version = ?")) {
            st.setString(1, id);
            st.setInt(2, version);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The stored obligations of a service, as the digest of its last answer (null if never evaluated). */
    static AnswerDigest digest(Connection c, ServiceRow row) throws SQLException {
        if (row.evaluatedAt() == null) return null;
        Map<String, AnswerDigest.Item> items = new LinkedHashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT " + ITEM_COLUMNS + " FROM obligations WHERE service_id = ? ORDER BY list, obligation_id")) {
            st.setString(1, row.id());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    AnswerDigest.Item item = item(rs);
                    items.put(item.id(), item);
                }
            }
        }
        return new AnswerDigest(row.ruleBase(), row.asOf(), items, row.answer() == null ? null : (ObjectNode) readTree(row.answer()));
    }

    private static final String ITEM_COLUMNS = "obligation_id, list, status, kind, bearer, title, citations, missing, effective, due, timing, fingerprint";

    private static AnswerDigest.Item item(ResultSet rs) throws SQLException {
        return new AnswerDigest.Item(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), strings(rs.getString(7)), strings(rs.getString(8)),
                date(rs.getString(9)), date(rs.getString(10)), rs.getString(11), rs.getString(12));
    }

    /** The stored item hash of each obligation row of a service (null for a row stored before there were any). */
    static Map<String, String> itemHashes(Connection c, String id) throws SQLException {
        Map<String, String> out = new java.util.HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT obligation_id, item_hash FROM obligations WHERE service_id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    /** The stored obligations {@code obligationIds} of a service (those found). */
    static Map<String, AnswerDigest.Item> items(Connection c, String id, List<String> obligationIds) throws SQLException {
        Map<String, AnswerDigest.Item> out = new java.util.HashMap<>();
        for (int from = 0; from < obligationIds.size(); from += 100) {
            List<String> chunk = obligationIds.subList(from, Math.min(obligationIds.size(), from + 100));
            try (PreparedStatement st = c.prepareStatement("SELECT " + ITEM_COLUMNS + " FROM obligations WHERE service_id = ?"
                    + " AND obligation_id IN (" + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")")) {
                st.setString(1, id);
                for (int i = 0; i < chunk.size(); i++) st.setString(2 + i, chunk.get(i));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        AnswerDigest.Item item = item(rs);
                        out.put(item.id(), item);
                    }
                }
            }
        }
        return out;
    }

    private static final String INSERT_ITEM = "INSERT INTO obligations (service_id, obligation_id, list, status, kind, bearer,"
            + " title, citations, missing, effective, due, timing, fingerprint, item_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_ITEM = "UPDATE obligations SET list = ?, status = ?, kind = ?, bearer = ?, title = ?, citations = ?,"
            + " missing = ?, effective = ?, due = ?, timing = ?, fingerprint = ?, item_hash = ? WHERE service_id = ? AND obligation_id = ?";

    /**
     * Brings the stored obligations of a service from {@code stored} (what its rows hold now, with
     * their item hashes {@code storedHashes}) to {@code fresh} (with {@code freshHashes}): rows of
     * obligations gone are deleted, changed ones updated in place, new ones inserted, and rows that
     * stay the same are not touched (a row stored without a hash gets it). Returns how many rows
     * were written.
     */
    static int writeItems(Connection c, String id, Map<String, AnswerDigest.Item> stored, Map<String, String> storedHashes,
                          Map<String, AnswerDigest.Item> fresh, Map<String, String> freshHashes) throws SQLException {
        List<String> gone = new ArrayList<>();
        for (String o : stored.keySet()) if (!fresh.containsKey(o)) gone.add(o);
        List<AnswerDigest.Item> changed = new ArrayList<>();
        List<AnswerDigest.Item> added = new ArrayList<>();
        for (AnswerDigest.Item i : fresh.values()) {
            AnswerDigest.Item was = stored.get(i.id());
            if (was == null) added.add(i);
            else if (!was.equals(i) || !java.util.Objects.equals(storedHashes.get(i.id()), freshHashes.get(i.id()))) changed.add(i);
        }
        if (!gone.isEmpty()) {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM obligations WHERE service_id = ? AND obligation_id = ?")) {
                for (String o : gone) {
                    st.setString(1, id);
                    st.setString(2, o);
                    st.addBatch();
                }
                st.executeBatch();
            }
        }
        if (!changed.isEmpty()) {
            try (PreparedStatement st = c.prepareStatement(UPDATE_ITEM)) {
                for (AnswerDigest.Item i : changed) {
                    setItem(st, 1, i);
                    st.setString(12, freshHashes.get(i.id()));
                    st.setString(13, id);
                    st.setString(14, i.id());
                    st.addBatch();
                }
                st.executeBatch();
            }
        }
        if (!added.isEmpty()) {
            try (PreparedStatement st = c.prepareStatement(INSERT_ITEM)) {
                for (AnswerDigest.Item i : added) {
                    st.setString(1, id);
                    st.setString(2, i.id());
                    setItem(st, 3, i);
                    st.setString(14, freshHashes.get(i.id()));
                    st.addBatch();
                }
                st.executeBatch();
            }
        }
        return gone.size() + changed.size() + added.size();
    }

    /** The columns of an obligation row from {@code list} to {@code fingerprint}, from parameter {@code from} on. */
    private static void setItem(PreparedStatement st, int from, AnswerDigest.Item i) throws SQLException {
        st.setString(from, i.list());
        st.setString(from + 1, i.status());
        st.setString(from + 2, i.kind());
        st.setString(from + 3, i.bearer());
        st.setString(from + 4, i.title());
        st.setString(from + 5, Json.compact(i.citations()));
        st.setString(from + 6, Json.compact(i.missing()));
        setDate(st, from + 7, i.effective());
        setDate(st, from + 8, i.due());
        st.setString(from + 9, i.timing());
        st.setString(from + 10, i.fingerprint());
    }

    /**
     * Records which evaluation the stored obligations come from, and the hash of what they hold.
     * {@code withAnswer} false leaves the {@code answer} column as it is (the caller knows it
     * holds this answer's already).
     */
    static void updateEvaluation(Connection c, String id, AnswerDigest digest, String hash, String at, long lastRun, boolean withAnswer)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE services SET rule_base = ?, as_of = ?, evaluated_at = ?, last_run = ?,"
                + " digest = ?" + (withAnswer ? ", answer = ?" : "") + " WHERE id = ?")) {
            int i = 1;
            st.setString(i++, digest.ruleBase());
            setDate(st, i++, digest.asOf());
            st.setString(i++, at);
            st.setLong(i++, lastRun);
            st.setString(i++, hash);
            if (withAnswer) st.setString(i++, digest.kept() == null ? null : Json.compact(digest.kept()));
            st.setString(i, id);
            st.executeUpdate();
        }
    }

    static Map<String, Tracked> tracked(Connection c, String id) throws SQLException {
        Map<String, Tracked> out = new LinkedHashMap<>();
        try (PreparedStatement st = c.prepareStatement(
                "SELECT obligation_id, state, review, done_fingerprint FROM tracking WHERE service_id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), new Tracked(rs.getString(2), rs.getInt(3) != 0, rs.getString(4)));
            }
        }
        return out;
    }

    static void flagReview(Connection c, String id, Iterable<String> obligationIds, String at) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "UPDATE tracking SET review = 1, review_since = ? WHERE service_id = ? AND obligation_id = ?")) {
            for (String o : obligationIds) {
                st.setString(1, at);
                st.setString(2, id);
                st.setString(3, o);
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /** Appends change records (the caller holds the feed lock); returns how many. */
    static int insertChanges(Connection c, String serviceId, List<Diff.Change> changes, String cause, Long runId,
                             String ruleBase, String at, boolean outbox) throws SQLException {
        if (changes.isEmpty()) return 0;
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("INSERT INTO changes (at, service_id, kind, obligation_id, cause, run_id,"
                + " rule_base, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            for (Diff.Change ch : changes) { // one by one: generated keys of a batch are not returned by every driver
                st.setString(1, at);
                st.setString(2, serviceId);
                st.setString(3, ch.kind());
                st.setString(4, ch.obligationId());
                st.setString(5, cause);
                if (runId == null) st.setNull(6, Types.BIGINT); else st.setLong(6, runId);
                st.setString(7, ruleBase);
                st.setString(8, Json.compact(ch.detail()));
                st.executeUpdate();
                try (ResultSet keys = st.getGeneratedKeys()) {
                    if (keys.next()) ids.add(keys.getLong(1));
                }
            }
        }
        if (outbox) {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO webhook_outbox (change_id, attempts, next_attempt) VALUES (?, 0, ?)")) {
                for (long id : ids) {
                    st.setLong(1, id);
                    st.setString(2, at);
                    st.addBatch();
                }
                st.executeBatch();
            }
        }
        return changes.size();
    }

    static void deleteService(Connection c, String id) throws SQLException {
        for (String table : List.of("obligations", "tracking", "tracking_history", "service_versions")) {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM " + table + " WHERE service_id = ?")) {
                st.setString(1, id);
                st.executeUpdate();
            }
        }
        try (PreparedStatement st = c.prepareStatement("DELETE FROM services WHERE id = ?")) {
            st.setString(1, id);
            st.executeUpdate();
        }
    }

    static long scalarLong(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) st.setObject(i + 1, args[i]);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    static String now(java.time.Clock clock) {
        return Times.format(Instant.now(clock));
    }

    static void setDate(PreparedStatement st, int index, LocalDate date) throws SQLException {
        if (date == null) st.setNull(index, Types.VARCHAR); else st.setString(index, date.toString());
    }

    static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    static List<String> strings(String json) {
        try {
            return json == null ? List.of() : List.copyOf(Json.MAPPER.readValue(json, STRINGS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON unreadable: " + e.getOriginalMessage(), e);
        }
    }

    static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
