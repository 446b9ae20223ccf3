package synthlex.register;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The register's database: an embedded SQLite file by default, PostgreSQL for teams. Opening it
 * migrates the schema (Flyway, versioned SQL per vendor under {@code db/migration/}); every change
 * runs in {@link #tx}. Plain JDBC: the register's queries are few and are the same on both.
 */
public final class Database implements AutoCloseable {
    /** Where {@code serve} keeps the register when no {@code --database} is given. */
    public static final String DEFAULT_SPEC = "data/synthlex.db";

    public enum Vendor { SQLITE, POSTGRESQL }

    private final HikariDataSource pool;
    private final Vendor vendor;
    private final String where;

    private Database(HikariDataSource pool, Vendor vendor, String where) {
        this.pool = pool;
        this.vendor = vendor;
        this.where = where;
    }

    /**
     * Opens {@code spec}: a file path (SQLite, created with its folder if missing), a
     * {@code jdbc:sqlite:} URL, or a {@code jdbc:postgresql:} URL whose user and password come from
     * {@code SYNTHLEX_DB_USER} and {@code SYNTHLEX_DB_PASSWORD} unless the URL names them.
     */
    public static Database open(String spec) {
        return open(spec, System.getenv("SYNTHLEX_DB_USER"), System.getenv("SYNTHLEX_DB_PASSWORD"), null);
    }

    /** As {@link #open(String)}; {@code schema} (PostgreSQL only, may be null) keeps the register in its own schema. */
    public static Database open(String spec, String user, String password, String schema) {
        if (spec == null || spec.isBlank()) spec = DEFAULT_SPEC;
        HikariConfig config = new HikariConfig();
        config.setPoolName("synthlex-register");
        config.setConnectionTimeout(30_000);
        Vendor vendor;
        String where;
        if (spec.startsWith("jdbc:postgresql:")) {
            vendor = Vendor.POSTGRESQL;
            config.setJdbcUrl(spec);
            if (user != null && !user.isBlank()) config.setUsername(user);
            if (password != null && !password.isEmpty()) config.setPassword(password);
            if (schema != null) config.setSchema(schema);
            config.setMaximumPoolSize(8);
            where = spec.replaceAll("(?i)(password=)[^&]*", "$1***");
        } else if (spec.startsWith("jdbc:")) {
            if (!spec.startsWith("jdbc:sqlite:")) throw new RegisterException.Setup("--database " + spec
                    + " is not supported; give a file path, jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB");
            vendor = Vendor.SQLITE;
            config.setJdbcUrl(spec);
            where = spec.substring("jdbc:sqlite:".length());
            sqlite(config);
        } else {
            vendor = Vendor.SQLITE;
            Path file = Path.of(spec).toAbsolutePath().normalize();
            try {
                if (file.getParent() != null) Files.createDirectories(file.getParent());
            } catch (IOException e) {
                throw new RegisterException.Setup("cannot create the folder for " + spec + ": " + e.getMessage());
            }
            config.setJdbcUrl("jdbc:sqlite:" + file);
            where = spec;
            sqlite(config);
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new RegisterException.Setup("cannot open the register at " + where + ": " + rootMessage(e));
        }
        Database db = new Database(pool, vendor, where);
        try {
            db.migrate(schema);
        } catch (RuntimeException e) {
            pool.close();
            throw new RegisterException.Setup("cannot migrate the register at " + where + ": " + rootMessage(e));
        }
        return db;
    }

    /**
     * SQLite: write-ahead log (readers never wait for the writer, and a killed process loses no
     * committed transaction), writers that wait up to 30 s for the lock instead of failing at once,
     * and transactions that take the write lock when they begin, so two writers never deadlock by
     * both upgrading a read lock.
     */
    private static void sqlite(HikariConfig config) {
        config.addDataSourceProperty("journal_mode", "WAL");
        config.addDataSourceProperty("synchronous", "NORMAL");
        config.addDataSourceProperty("busy_timeout", "30000");
        config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        config.addDataSourceProperty("foreign_keys", "true");
        config.setMaximumPoolSize(4); // one writer at a time anyway; a few readers beside it
    }

    private void migrate(String schema) {
        var flyway = Flyway.configure().dataSource(pool)
                .locations("classpath:db/migration/" + (vendor == Vendor.SQLITE ? "sqlite" : "postgresql"));
        if (schema != null && vendor == Vendor.POSTGRESQL) flyway.schemas(schema).createSchemas(true);
        flyway.load().migrate();
    }

    public Vendor vendor() { return vendor; }

    /** Where the register lives, for messages (a PostgreSQL password is masked). */
    public String where() { return where; }

    DataSource dataSource() { return pool; }

    /** Work that reads and writes in one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. A
     * {@link RegisterException} passes through unchanged; an SQL failure becomes an unchecked one.
     */
    public <T> T tx(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    c.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                if (e instanceof SQLException s) throw new RegisterException.Storage(s);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new RegisterException.Storage(e);
        }
    }

    /** Reads outside a transaction (one statement sees one consistent state on both databases). */
    public <T> T read(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new RegisterException.Storage(e);
        }
    }

    /**
     * Serialises writers of the change feed until the transaction ends. The feed's cursor is the
     * change id, and a reader must never see id 11 committed while 10 is still to come: on
     * PostgreSQL ids are taken at insert and committed in any order, so the writers take this lock
     * first; on SQLite a writing transaction holds the database's one write lock anyway.
     */
    void lockChangeFeed(Connection c) throws SQLException {
        if (vendor != Vendor.POSTGRESQL) return;
        try (var st = c.createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock(1616)");
        }
    }

    @Override public void close() {
        pool.close();
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
