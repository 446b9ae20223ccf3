package synthlex.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import synthlex.rules.RuleBaseLoader;

/** {@code java -jar synthlex.jar <command>}: one entry point for the server and the lawyers' tools. */
@Command(name = "synthlex", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "China's AI rules as Drools rules: which legal obligations apply to a service.",
        subcommands = {HelpCommand.class, ServeCommand.class, EvaluateCommand.class, TimelineCommand.class, LintCommand.class, ImpactCommand.class,
                RulebookCommand.class, PackCommand.class, TestScenariosCommand.class, CoverageCommand.class, MutationCommand.class,
                RegisterCommand.class})
public final class Main implements Runnable {
    static final String VERSION = "0.1.0";

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "On an error, print the Java stack trace as well as the one-line message.")
    boolean verbose;

    public static void main(String[] args) {
        quietLibraries();
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code; tests call this instead of main. */
    public static int run(String... args) {
        Main main = new Main();
        return new CommandLine(main).setCaseInsensitiveEnumValuesAllowed(true)
                .setParameterExceptionHandler(new Errors.Usage())
                .setExecutionExceptionHandler(new Errors.Handler(main))
                .registerConverter(java.time.LocalDate.class, Errors::date)
                .execute(args);
    }

    @Override public void run() {
        CommandLine.usage(this, System.out);
    }

    /** {@code --version}: the program's version and the version of the rule base in rules/, as the API reports it. */
    static final class Version implements IVersionProvider {
        @Override public String[] getVersion() {
            Path rules = Path.of("rules");
            String ruleBase;
            try {
                ruleBase = Files.isDirectory(rules) ? RuleBaseLoader.versionOf(rules) + " (" + rules + "/)" : "none (no rules/ directory here)";
            } catch (RuntimeException e) {
                ruleBase = "unreadable (" + e.getMessage() + ")";
            }
            return new String[] {"synthlex " + VERSION, "rule base " + ruleBase};
        }
    }

    /** Drools and Jetty log every build and start at INFO; our own messages say what matters. */
    static void quietLibraries() {
        for (String logger : new String[] {"org.drools", "org.kie", "io.javalin", "org.eclipse.jetty", "org.flywaydb", "com.zaxxer.hikari"}) {
            System.setProperty("org.slf4j.simpleLogger.log." + logger,
                    System.getProperty("org.slf4j.simpleLogger.log." + logger, "warn"));
        }
        // "Unable to build KieBaseModel" says only that a rule file did not compile; RuleBaseLoader
        // reports each error itself as rules/file.drl:LINE, so Drools' own line is noise
        System.setProperty("org.slf4j.simpleLogger.log." + KIE_PROJECT, System.getProperty("org.slf4j.simpleLogger.log." + KIE_PROJECT, "off"));
    }

    static final String KIE_PROJECT = "org.drools.compiler.kie.builder.impl.KieProject";
}
