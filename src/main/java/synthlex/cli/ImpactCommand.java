package synthlex.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import synthlex.impact.Git;
import synthlex.impact.Impact;
import synthlex.impact.Impact.ServiceImpact;
import synthlex.rules.RuleBase;
import synthlex.rules.RuleBaseException;
import synthlex.rules.RuleBaseLoader;

/** Shows, per service, what a rule change adds, removes or changes, before it lands. */
@Command(name = "impact", mixinStandardHelpOptions = true,
        description = "Compare the rules in --rules with another rule set (a directory or a git revision such as HEAD or main)"
                + " on every scenario and every facts/ file.")
final class ImpactCommand implements Callable<Integer> {
    @Option(names = "--against", required = true, paramLabel = "DIR_OR_GIT_REF",
            description = "The rule set before the change: a rules directory, a project directory, or a git revision.")
    String against;

    @Mixin RulesOption rules;

    @Option(names = "--scenarios", defaultValue = "tests-scenarios", description = "Scenarios (default: ${DEFAULT-VALUE}).")
    Path scenarios;

    @Option(names = "--facts", defaultValue = "facts", description = "Example services (default: ${DEFAULT-VALUE}).")
    Path facts;

    @Spec CommandSpec spec;

    @Override public Integer call() throws IOException {
        // the arguments first: a wrong directory or ref costs no rule-base build
        rules.check(spec.commandLine());
        Path root = Path.of("").toAbsolutePath();
        if (!Files.isDirectory(Path.of(against)) && !isCommit(root, against)) {
            throw new ParameterException(spec.commandLine(), "'" + against + "' is neither a directory nor a git revision known here"
                    + "; give a rules directory, a project directory or a ref such as HEAD, main or HEAD~1");
        }
        if (!Files.isDirectory(scenarios)) {
            throw new ParameterException(spec.commandLine(), "no scenarios directory at " + scenarios + "; pass --scenarios DIR");
        }
        Path beforeDir;
        try {
            beforeDir = Impact.rulesFor(against, root);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "'" + against + "' has no rules/ folder; give a revision that has one");
        }
        RuleBase after = rules.loadOrReport();
        if (after == null) return 2;
        RuleBase before;
        try {
            before = RuleBaseLoader.load(beforeDir);
        } catch (RuleBaseException e) {
            System.err.println("The rule set in " + against + " did not load:");
            e.problems().forEach(System.err::println);
            return 2;
        }
        List<ServiceImpact> impacts = Impact.compare(before, after, scenarios, facts);
        int touched = 0;
        for (ServiceImpact i : impacts) {
            if (i.isEmpty()) continue;
            touched++;
            System.out.println(i.service());
            i.added().forEach(a -> System.out.println("  + " + a));
            i.removed().forEach(r -> System.out.println("  - " + r));
            i.changed().forEach(c -> System.out.println("  ~ " + c));
        }
        System.out.println((touched == 0 ? "no change" : touched + " of " + impacts.size() + " services change")
                + " (" + before.version() + " -> " + after.version() + ")");
        return 0;
    }

    /** Whether git knows REF as a commit here (false outside a git work tree or without git). */
    private static boolean isCommit(Path root, String ref) {
        try {
            Git.bytes(root, "rev-parse", "--verify", "--quiet", ref + "^{commit}");
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
