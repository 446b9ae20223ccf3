package synthlex.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar synthlex.jar <command>}: one entry point for the server and the lawyers' tools. */
@Command(name = "synthlex", mixinStandardHelpOptions = true, version = "synthlex 0.1.0",
        description = "China's AI rules as Drools rules: which legal obligations apply to a service.",
        subcommands = {ServeCommand.class, EvaluateCommand.class, TimelineCommand.class, LintCommand.class, ImpactCommand.class, RulebookCommand.class, TestScenariosCommand.class, CoverageCommand.class, MutationCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        quietLibraries();
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code; tests call this instead of main. */
    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override public void run() {
        CommandLine.usage(this, System.out);
    }

    /** Drools and Jetty log every build and start at INFO; our own messages say what matters. */
    static void quietLibraries() {
        for (String logger : new String[] {"org.drools", "org.kie", "io.javalin", "org.eclipse.jetty"}) {
            System.setProperty("org.slf4j.simpleLogger.log." + logger,
                    System.getProperty("org.slf4j.simpleLogger.log." + logger, "warn"));
        }
    }
}
