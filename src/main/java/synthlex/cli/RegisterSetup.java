package synthlex.cli;

import java.net.URI;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import synthlex.register.Database;
import synthlex.register.Register;
import synthlex.register.RegisterException;
import synthlex.reload.RuleBaseHolder;
import synthlex.rules.RuleBase;

/** Opening the register for {@code serve} and the {@code register} commands: --database and --webhook, errors as one line. */
final class RegisterSetup implements AutoCloseable {
    private final Database db;
    private final Register register;

    private RegisterSetup(Database db, Register register) {
        this.db = db;
        this.register = register;
    }

    /** Usage errors in --database or --webhook, found before anything is built. */
    static void check(CommandLine cmd, String database, URI webhook) {
        if (database == null || database.isBlank()) throw new ParameterException(cmd, "--database is empty; give a file path, a jdbc:postgresql:// URL or none");
        if (webhook == null) return;
        if (database.equals("none")) throw new ParameterException(cmd, "--webhook needs a register; drop --database none");
        String scheme = webhook.getScheme();
        if (!webhook.isAbsolute() || webhook.getHost() == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            throw new ParameterException(cmd, "--webhook " + webhook + " is not an http or https URL; e.g. https://hooks.example.com/synthlex");
        }
    }

    /** Opens (and migrates) the register for {@code serve}: re-evaluations follow every reload of {@code holder}. */
    static RegisterSetup open(CommandLine cmd, String database, URI webhook, RuleBaseHolder holder) {
        check(cmd, database, webhook);
        if (database.equals("none")) return new RegisterSetup(null, null);
        Register.Config config = Register.Config.defaults();
        if (webhook != null) config = config.withWebhook(webhook, System.getenv("SYNTHLEX_WEBHOOK_SECRET"));
        RegisterSetup setup = open(database, holder, config);
        holder.onSwap(setup.register.watch()::afterReload);
        return setup;
    }

    /** Opens the register on a rule base, for the CLI: no daily schedule (the process is short-lived). */
    static RegisterSetup open(String database, Supplier<RuleBase> ruleBase, Register.Config config) {
        Database db;
        try {
            db = Database.open(database);
        } catch (RegisterException e) {
            throw new Errors.Failure(e.getMessage() + "; check --database (and SYNTHLEX_DB_USER / SYNTHLEX_DB_PASSWORD for PostgreSQL)");
        }
        return new RegisterSetup(db, Register.open(db, ruleBase, config));
    }

    Register register() { return register; }

    String where() { return db.where(); }

    /** For the start-up line. */
    String describe() {
        return register == null ? ", no register" : ", register in " + db.where();
    }

    @Override public void close() {
        if (register != null) register.close();
        if (db != null) db.close();
    }
}
