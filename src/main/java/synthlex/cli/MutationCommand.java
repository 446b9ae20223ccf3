package synthlex.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import synthlex.mutation.MutationCheck;
import synthlex.mutation.MutationReport;
import synthlex.mutation.RuleSelection;
import synthlex.rules.RuleBase;
import synthlex.rules.RuleInfo;

/** Deletes each rule in turn and reruns the scenarios: lists the rules (and citations) no scenario notices; exit 1 on any. */
@Command(name = "mutation", mixinStandardHelpOptions = true,
        description = {"Remove each rule in turn, and drop each citation of a rule that cites several, and run every scenario:"
                + " list what no scenario notices, with the scenario that would.",
                "Exit 0 when every rule and citation is noticed, 1 when one is not (or a scenario fails as it is), 2 when the rule base does not load."})
final class MutationCommand implements Callable<Integer> {
    @Mixin RulesOption rules;

    @Option(names = "--scenarios", paramLabel = "DIR", defaultValue = "tests-scenarios",
            description = "The scenarios directory (default: ${DEFAULT-VALUE}).")
    Path scenarios;

    @Option(names = "--only", paramLabel = "FILE.drl", description = "Check only the rules in this file (repeatable).")
    List<String> only;

    @Option(names = "--changed-since", paramLabel = "GIT_REF",
            description = "Check only the rules in .drl files changed since this git revision, and the rules that give the same"
                    + " obligation or classification; every rule if a file with classification rules changed.")
    String changedSince;

    @Override public Integer call() throws IOException {
        RuleBase ruleBase = rules.loadOrReport();
        if (ruleBase == null) return 2;
        if (!Files.isDirectory(scenarios)) {
            System.err.println("No scenarios directory at " + scenarios);
            return 2;
        }
        Predicate<RuleInfo> selected = r -> true;
        try {
            if (only != null) selected = selected.and(RuleSelection.only(ruleBase, only));
            if (changedSince != null) selected = selected.and(RuleSelection.changedSince(ruleBase, changedSince));
        } catch (IllegalArgumentException | IOException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        MutationReport report = MutationCheck.run(ruleBase, scenarios, selected, Runtime.getRuntime().availableProcessors());
        report.lines().forEach(System.out::println);
        return report.exitCode();
    }
}
