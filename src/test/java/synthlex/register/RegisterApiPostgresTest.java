package synthlex.register;

/** {@link RegisterApiContract} on PostgreSQL (skipped, with the reason, when SYNTHLEX_TEST_POSTGRES_URL names none). */
class RegisterApiPostgresTest extends RegisterApiContract {
    RegisterApiPostgresTest() {
        super("postgresql");
    }
}
