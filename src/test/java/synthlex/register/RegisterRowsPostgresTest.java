package synthlex.register;

/** {@link RegisterRowsContract} on PostgreSQL (skipped, with the reason, when SYNTHLEX_TEST_POSTGRES_URL names none). */
class RegisterRowsPostgresTest extends RegisterRowsContract {
    RegisterRowsPostgresTest() {
        super("postgresql");
    }
}
