package synthlex.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import synthlex.engine.Evaluator;

/**
 * What a re-evaluation writes: nothing but the service row when no answer changed (the stored hash
 * matches), and only the obligation rows that changed when one did (rows whose stored hash matches
 * are not even read). A trigger logs every write to {@code obligations}, so the test sees exactly
 * which rows were inserted, updated or deleted. Run on SQLite ({@code RegisterRowsSqliteTest}) and
 * PostgreSQL ({@code RegisterRowsPostgresTest}).
 */
abstract class RegisterRowsContract {
    final String vendor;
    @TempDir Path tmp;
    Fixture f;

    RegisterRowsContract(String vendor) {
        this.vendor = vendor;
    }

    @BeforeEach
    void start() throws Exception {
        f = Fixture.start(tmp, Databases.target(vendor, tmp));
        f.create("pub", Fixture.PUBLISHER);
        f.create("unsure", Fixture.UNSURE);
        f.create("store", Fixture.STORE);
        f.db.tx(c -> {
            logWrites(c);
            return null;
        });
    }

    @AfterEach
    void stop() {
        if (f != null) {
            f.close();
            f.target.drop();
        }
    }

    @Test
    void a_reload_that_changes_no_answer_writes_no_obligation_row() throws Exception {
        String pub = digest("pub");
        assertNotNull(pub);
        reload(Fixture.LABEL + Fixture.FILING + "\n// a comment: a new rule-base version, the same answers\n");
        assertEquals(List.of(), writes());
        assertEquals(pub, digest("pub"));
        assertEquals(3L, count("SELECT COUNT(*) FROM services WHERE rule_base = ?", f.holder.get().version())); // the service rows moved on
        assertStoredIsWhatAnEvaluationGives();
    }

    @Test
    void a_reworded_obligation_updates_its_rows_in_place_and_nothing_else() throws Exception {
        String pub = digest("pub");
        String filing = fingerprint("pub", "tst.filing"), label = fingerprint("pub", "tst.label");
        reload(Fixture.LABEL.replace("@summary(\"Label it.\")", "@summary(\"Label it clearly.\")") + Fixture.FILING);
        assertEquals(List.of("UPDATE pub tst.label", "UPDATE unsure tst.label"), writes());
        assertNotEquals(label, fingerprint("pub", "tst.label"));
        assertEquals(filing, fingerprint("pub", "tst.filing"));
        assertNotEquals(pub, digest("pub"));
        assertStoredIsWhatAnEvaluationGives();
    }

    @Test
    void an_obligation_dropped_and_one_added_delete_and_insert_their_rows_only() throws Exception {
        reload(Fixture.LABEL + Fixture.SHOW_NUMBER);
        assertEquals(List.of("DELETE pub tst.filing", "DELETE unsure tst.filing", "INSERT pub tst.show-number", "INSERT unsure tst.show-number"),
                writes());
        assertStoredIsWhatAnEvaluationGives();
    }

    @Test
    void rows_stored_before_the_hashes_existed_are_compared_once_and_get_their_hashes() throws Exception {
        List<String> before = rows();
        f.db.tx(c -> {
            try (var st = c.prepareStatement("UPDATE services SET digest = NULL")) {
                st.executeUpdate();
            }
            try (var st = c.prepareStatement("UPDATE obligations SET item_hash = NULL")) {
                st.executeUpdate();
            }
            return null;
        });
        reload(Fixture.LABEL + Fixture.FILING + "\n// a comment\n");
        // each row is updated once, to store its hash; what it holds is what it held
        assertEquals(List.of("UPDATE pub tst.filing", "UPDATE pub tst.label", "UPDATE unsure tst.filing", "UPDATE unsure tst.label"), writes());
        assertEquals(before, rows());
        assertEquals(0L, count("SELECT COUNT(*) FROM services WHERE digest IS NULL"));
        assertEquals(0L, count("SELECT COUNT(*) FROM obligations WHERE item_hash IS NULL"));
        assertStoredIsWhatAnEvaluationGives();
        reload(Fixture.LABEL + Fixture.FILING + "\n// another comment\n");
        assertEquals(List.of(), writes());
    }

    @Test
    void a_row_whose_hash_matches_is_not_read_back() throws Exception {
        // a row that no longer holds what its hash says is trusted by its hash: proof that it was not read
        f.db.tx(c -> {
            try (var st = c.prepareStatement("UPDATE obligations SET title = 'not read' WHERE obligation_id = 'tst.filing'")) {
                st.executeUpdate();
            }
            return null;
        });
        reload(Fixture.LABEL.replace("@summary(\"Label it.\")", "@summary(\"Label it clearly.\")") + Fixture.FILING);
        assertEquals(List.of("UPDATE pub tst.label", "UPDATE unsure tst.label"), writes());
        assertEquals(2L, count("SELECT COUNT(*) FROM obligations WHERE title = 'not read'"));
    }

    @Test
    void a_stored_description_the_schema_now_refuses_keeps_its_answer_and_is_reported_once_a_run() throws Exception {
        // as if the schema had changed since it was stored: the description now has a member it does not know
        f.db.tx(c -> {
            try (var st = c.prepareStatement("UPDATE service_versions SET description = ? WHERE service_id = 'unsure'")) {
                st.setString(1, Fixture.UNSURE.replace("{", "{\"colour\":1,"));
                st.executeUpdate();
            }
            return null;
        });
        List<String> before = rows();
        long cursor = f.get("/v1/changes").body().path("next").asLong();
        reload(Fixture.LABEL.replace("@summary(\"Label it.\")", "@summary(\"Label it clearly.\")") + Fixture.FILING);
        var changes = f.get("/v1/changes?since=" + cursor).body().path("changes");
        assertEquals(1, changes.size(), changes.toString());
        assertEquals("unsure", changes.get(0).path("serviceId").asText());
        assertEquals("description-invalid", changes.get(0).path("kind").asText());
        assertEquals("/colour", changes.get(0).path("errors").get(0).path("pointer").asText());
        // its rows are as they were; the others were re-evaluated in the same run
        assertEquals(List.of("UPDATE pub tst.label"), writes());
        assertEquals(before.stream().filter(r -> r.startsWith("unsure|")).toList(), rows().stream().filter(r -> r.startsWith("unsure|")).toList());
        long run = count("SELECT MAX(id) FROM reevaluations");
        assertEquals(3L, count("SELECT COUNT(*) FROM services WHERE last_run = ?", run)); // not retried for ever
    }

    private void reload(String drl) throws Exception {
        clearWrites();
        List<String> scenarios = new ArrayList<>(List.of("label", "tst.label"));
        if (drl.contains("tst.filing")) scenarios.addAll(List.of("filing", "tst.filing"));
        MiniRulesChange.reload(f, drl, scenarios.toArray(String[]::new));
        f.awaitIdle();
    }

    /** Every stored service holds exactly the digest a fresh evaluation of its description gives, and its hash. */
    private void assertStoredIsWhatAnEvaluationGives() {
        for (String id : List.of("pub", "unsure", "store")) {
            AnswerDigest fresh = AnswerDigest.of(new Evaluator(f.holder.get()).evaluate(f.register.description(id)));
            AnswerDigest stored = f.db.read(c -> Store.digest(c, Store.service(c, id)));
            assertEquals(fresh.items(), stored.items(), id);
            assertEquals(fresh.kept(), stored.kept(), id);
            AnswerDigest.Hashes hashes = fresh.hashes();
            assertEquals(hashes.answer(), digest(id), id);
            assertEquals(hashes.items(), f.db.read(c -> Store.itemHashes(c, id)), id);
        }
    }

    /** Every obligation row, every column but the hash, as text. */
    private List<String> rows() {
        return f.db.read(c -> {
            List<String> out = new ArrayList<>();
            try (var st = c.prepareStatement("SELECT service_id, obligation_id, list, status, kind, bearer, title, citations, missing,"
                    + " effective, due, timing, fingerprint FROM obligations ORDER BY service_id, obligation_id"); var rs = st.executeQuery()) {
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= 13; i++) row.append(rs.getString(i)).append('|');
                    out.add(row.toString());
                }
            }
            return out;
        });
    }

    private String digest(String id) {
        return f.db.read(c -> Store.service(c, id).digest());
    }

    private String fingerprint(String service, String obligation) {
        return f.db.read(c -> Store.digest(c, Store.service(c, service)).items().get(obligation).fingerprint());
    }

    private long count(String sql, Object... args) {
        return f.db.read(c -> Store.scalarLong(c, sql, args));
    }

    /** The writes to obligations since the last {@link #clearWrites}, as "OP service obligation", sorted. */
    private List<String> writes() {
        return f.db.read(c -> {
            List<String> out = new ArrayList<>();
            try (var st = c.prepareStatement("SELECT op, service_id, obligation_id FROM obligation_writes"); var rs = st.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
            out.sort(null);
            return out;
        });
    }

    private void clearWrites() {
        f.db.tx(c -> {
            try (var st = c.prepareStatement("DELETE FROM obligation_writes")) {
                st.executeUpdate();
            }
            return null;
        });
    }

    /** A log table and triggers that record every insert, update and delete on obligations. */
    private void logWrites(Connection c) throws SQLException {
        try (var st = c.createStatement()) {
            if (vendor.equals("sqlite")) {
                st.execute("CREATE TABLE obligation_writes (op TEXT, service_id TEXT, obligation_id TEXT)");
                st.execute("CREATE TRIGGER obligation_inserted AFTER INSERT ON obligations BEGIN"
                        + " INSERT INTO obligation_writes VALUES ('INSERT', NEW.service_id, NEW.obligation_id); END");
                st.execute("CREATE TRIGGER obligation_updated AFTER UPDATE ON obligations BEGIN"
                        + " INSERT INTO obligation_writes VALUES ('UPDATE', NEW.service_id, NEW.obligation_id); END");
                st.execute("CREATE TRIGGER obligation_deleted AFTER DELETE ON obligations BEGIN"
                        + " INSERT INTO obligation_writes VALUES ('DELETE', OLD.service_id, OLD.obligation_id); END");
            } else {
                st.execute("CREATE TABLE obligation_writes (op TEXT, service_id TEXT, obligation_id TEXT)");
                st.execute("CREATE FUNCTION log_obligation_write() RETURNS trigger AS $$ BEGIN"
                        + " IF TG_OP = 'DELETE' THEN INSERT INTO obligation_writes VALUES (TG_OP, OLD.service_id, OLD.obligation_id); RETURN OLD;"
                        + " ELSE INSERT INTO obligation_writes VALUES (TG_OP, NEW.service_id, NEW.obligation_id); RETURN NEW; END IF;"
                        + " END $$ LANGUAGE plpgsql");
                st.execute("CREATE TRIGGER obligation_written AFTER INSERT OR UPDATE OR DELETE ON obligations"
                        + " FOR EACH ROW EXECUTE FUNCTION log_obligation_write()");
            }
        }
    }
}
