package synthlex.register;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.UUID;

/**
 * The databases the register tests run on: SQLite always, and PostgreSQL when
 * SYNTHLEX_TEST_POSTGRES_URL names one (.ci/run starts a throwaway server and sets it). On
 * PostgreSQL each test gets a schema of its own, dropped afterwards.
 */
public final class Databases {
    public static final String POSTGRES_URL = System.getenv("SYNTHLEX_TEST_POSTGRES_URL");

    private Databases() { }

    /** A fresh, empty register database of this vendor ("sqlite" or "postgresql"); skips the test when PostgreSQL is not there. */
    public static Target target(String vendor, Path tmp) {
        if (vendor.equals("sqlite")) return new Target(tmp.resolve("register.db").toString(), null);
        assumeTrue(POSTGRES_URL != null, "PostgreSQL skipped: SYNTHLEX_TEST_POSTGRES_URL is not set (.ci/run starts a server and sets it;"
                + " locally: source .ci/postgres.sh)");
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (var c = DriverManager.getConnection(POSTGRES_URL); var st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        } catch (java.sql.SQLException e) {
            assumeTrue(false, "PostgreSQL skipped: cannot reach " + POSTGRES_URL + ": " + e.getMessage());
        }
        String sep = POSTGRES_URL.contains("?") ? "&" : "?";
        return new Target(POSTGRES_URL + sep + "currentSchema=" + schema, schema);
    }

    /** A database to test on: the --database value, and the PostgreSQL schema to drop after (null for SQLite). */
    public record Target(String spec, String schema) {
        public Database open() {
            return Database.open(spec, null, null, schema);
        }

        public void drop() {
            if (schema == null) return;
            try (var c = DriverManager.getConnection(POSTGRES_URL); var st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
