package synthlex.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening the register: the schema is migrated once, and a failed transaction leaves nothing. Run on
 * SQLite ({@code DatabaseSqliteTest}) and PostgreSQL ({@code DatabasePostgresTest}, skipped with the reason when none is reachable).
 */
abstract class DatabaseContract {
    final String vendor;

    DatabaseContract(String vendor) {
        this.vendor = vendor;
    }

    @TempDir Path tmp;
    Databases.Target target;

    @AfterEach
    void drop() {
        if (target != null) target.drop();
    }

    @Test
    void opening_twice_migrates_once_and_keeps_the_data() {
        target = Databases.target(vendor, tmp);
        try (Database db = target.open()) {
            assertEquals(vendor.equals("sqlite") ? Database.Vendor.SQLITE : Database.Vendor.POSTGRESQL, db.vendor());
            db.tx(c -> Store.insertService(c, "a", "g", "A", "2026-12-01T00:00:00.000Z"));
        }
        try (Database db = target.open()) {
            assertEquals(1L, (long) db.read(c -> Store.scalarLong(c, "SELECT COUNT(*) FROM services")));
            // V1 (the register) and V2 (the answer digest), each applied once
            assertEquals(2L, (long) db.read(c -> Store.scalarLong(c, "SELECT COUNT(*) FROM flyway_schema_history WHERE success = " + (vendor.equals("sqlite") ? "1" : "true"))));
        }
    }

    @Test
    void a_transaction_that_throws_writes_nothing() {
        target = Databases.target(vendor, tmp);
        try (Database db = target.open()) {
            assertThrows(IllegalStateException.class, () -> db.tx(c -> {
                Store.insertService(c, "a", "g", "A", "2026-12-01T00:00:00.000Z");
                throw new IllegalStateException("boom");
            }));
            assertEquals(0L, (long) db.read(c -> Store.scalarLong(c, "SELECT COUNT(*) FROM services")));
        }
    }

    @Test
    void a_file_path_creates_its_folder() {
        if (!vendor.equals("sqlite")) return;
        Path file = tmp.resolve("data/sub/synthlex.db");
        try (Database db = Database.open(file.toString(), null, null, null)) {
            assertTrue(Files.exists(file));
            assertEquals(file.toString(), db.where());
        }
    }
}
