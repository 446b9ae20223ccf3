package synthlex.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import synthlex.lint.Lint;
import synthlex.lint.Lint.Problem;
import synthlex.lint.Lint.Severity;

/** Checks rules/ and tests-scenarios/ for every problem a lawyer can make; exit 1 on any error. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Check the rules and scenarios; every problem with file and line. Exit 1 on any error.")
final class LintCommand implements Callable<Integer> {
    @Mixin RulesOption rules;

    @Option(names = "--scenarios", paramLabel = "DIR", defaultValue = "tests-scenarios",
            description = "The scenarios directory (default: ${DEFAULT-VALUE}).")
    Path scenarios;

    @Override public Integer call() throws IOException {
        List<Problem> problems = Lint.run(rules.dir, scenarios);
        problems.forEach(System.out::println);
        long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
        System.out.println((problems.isEmpty() ? "lint: clean" : "lint: " + errors + " error(s), " + (problems.size() - errors) + " warning(s)"));
        return errors == 0 ? 0 : 1;
    }
}
