package synthlex.register;

/** {@link RegisterRowsContract} on SQLite. */
class RegisterRowsSqliteTest extends RegisterRowsContract {
    RegisterRowsSqliteTest() {
        super("sqlite");
    }
}
