package synthlex.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import synthlex.rulebook.Rulebook;
import synthlex.rules.RuleBase;

/** Writes the rulebook (HTML with an index, plus Markdown) to a directory. */
@Command(name = "rulebook", mixinStandardHelpOptions = true, description = "Write a readable rulebook (HTML and Markdown).")
final class RulebookCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write it.")
    Path out;

    @Mixin RulesOption rules;

    @Option(names = "--scenarios", defaultValue = "tests-scenarios", description = "Scenarios (default: ${DEFAULT-VALUE}).")
    Path scenarios;

    @Override public Integer call() throws IOException {
        RuleBase rb = rules.loadOrReport();
        if (rb == null) return 2;
        new Rulebook(rb, scenarios).write(out);
        System.out.println("rulebook written to " + out.resolve("index.html"));
        return 0;
    }
}
