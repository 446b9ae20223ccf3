package synthlex.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import synthlex.rules.RuleBase;
import synthlex.rules.RuleBaseException;
import synthlex.rules.RuleBaseLoader;

/** The {@code --rules DIR} option every command shares, and the load that reports problems as file:line. */
final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "The rules directory (default: ${DEFAULT-VALUE}).")
    Path dir;

    /** A usage error unless --rules is a directory (checked before anything is built). */
    void check(CommandLine cmd) {
        if (!Files.isDirectory(dir)) {
            throw new ParameterException(cmd, "no rules directory at " + dir + "; run from the project folder or pass --rules DIR");
        }
    }

    /** Loads the rule base, or prints every problem to stderr and returns null. */
    RuleBase loadOrReport() {
        try {
            return RuleBaseLoader.load(dir);
        } catch (RuleBaseException e) {
            System.err.println("The rule base in " + dir + " did not load:");
            e.problems().forEach(System.err::println);
            return null;
        }
    }
}
