package synthlex.register;

/** {@link RegisterApiContract} on SQLite. */
class RegisterApiSqliteTest extends RegisterApiContract {
    RegisterApiSqliteTest() {
        super("sqlite");
    }
}
