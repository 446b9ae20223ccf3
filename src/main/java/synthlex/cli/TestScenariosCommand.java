package synthlex.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import synthlex.engine.Evaluator;
import synthlex.rules.RuleBase;
import synthlex.scenarios.ScenarioResult;
import synthlex.scenarios.ScenarioRunner;

/** Runs every scenario file and prints expected vs actual for each failure; exit 1 on any. */
@Command(name = "test-scenarios", mixinStandardHelpOptions = true,
        description = "Run every scenario in DIR (default: tests-scenarios) against the rule base.")
final class TestScenariosCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", arity = "0..1", defaultValue = "tests-scenarios",
            description = "The scenarios directory (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Mixin RulesOption rules;

    @Override public Integer call() throws IOException {
        RuleBase ruleBase = rules.loadOrReport();
        if (ruleBase == null) return 2;
        if (!Files.isDirectory(dir)) {
            System.err.println("No scenarios directory at " + dir);
            return 2;
        }
        Path projectRoot = dir.toAbsolutePath().normalize().getParent();
        List<ScenarioResult> results = new ScenarioRunner(new Evaluator(ruleBase), projectRoot).runAll(dir);
        int failed = 0;
        for (ScenarioResult r : results) {
            if (r.passed()) {
                System.out.println("PASS " + r.file() + "  " + r.name());
            } else {
                failed++;
                System.out.println("FAIL " + r.file() + "  " + r.name());
                r.failures().forEach(f -> System.out.println("     - " + f));
            }
        }
        System.out.println();
        System.out.println("scenarios: " + (results.size() - failed) + " passed, " + failed + " failed");
        return failed == 0 && !results.isEmpty() ? 0 : 1;
    }
}
