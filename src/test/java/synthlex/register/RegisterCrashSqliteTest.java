package synthlex.register;

/** {@link RegisterCrashContract} on SQLite. */
class RegisterCrashSqliteTest extends RegisterCrashContract {
    RegisterCrashSqliteTest() {
        super("sqlite");
    }
}
