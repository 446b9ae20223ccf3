package synthlex.register;

/** {@link DatabaseContract} on SQLite. */
class DatabaseSqliteTest extends DatabaseContract {
    DatabaseSqliteTest() {
        super("sqlite");
    }
}
