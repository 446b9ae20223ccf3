package synthlex.register;

/** {@link DatabaseContract} on PostgreSQL (skipped, with the reason, when SYNTHLEX_TEST_POSTGRES_URL names none). */
class DatabasePostgresTest extends DatabaseContract {
    DatabasePostgresTest() {
        super("postgresql");
    }
}
