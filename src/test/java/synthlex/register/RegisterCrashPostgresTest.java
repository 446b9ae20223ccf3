package synthlex.register;

/** {@link RegisterCrashContract} on PostgreSQL (skipped, with the reason, when SYNTHLEX_TEST_POSTGRES_URL names none). */
class RegisterCrashPostgresTest extends RegisterCrashContract {
    RegisterCrashPostgresTest() {
        super("postgresql");
    }
}
