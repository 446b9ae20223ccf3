package synthlex.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import synthlex.engine.Evaluator;
import synthlex.rules.RuleBase;
import synthlex.scenarios.ScenarioResult;
import synthlex.scenarios.ScenarioRunner;

/** Runs the scenario files (a folder, one file, or those a name filter picks) and prints expected vs actual for each failure; exit 1 on any. */
@Command(name = "test-scenarios", mixinStandardHelpOptions = true,
        description = {"Run every scenario in DIR (default: tests-scenarios), or the one scenario FILE, against the rule base.",
                "A scenario's service: path is read from the project root, or, when no file is there, from the scenario's own folder."})
final class TestScenariosCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR_OR_FILE", arity = "0..1", defaultValue = "tests-scenarios",
            description = "A scenarios directory or one scenario file (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--name", paramLabel = "PATTERN",
            description = "Run only the scenarios whose name or file matches this regular expression (case-insensitive), e.g. face-swap.")
    String name;

    @Mixin RulesOption rules;

    @Spec CommandSpec spec;

    /** The words a failure line starts with before the id it is about. */
    private static final Set<String> LABEL_WORDS = Set.of("obligation", "upcoming", "classification", "question", "near", "miss",
            "via", "citation", "scenario", "service");

    @Override public Integer call() throws IOException {
        // the arguments first: a mistake costs no rule-base build
        if (!Files.exists(dir)) {
            throw new ParameterException(spec.commandLine(), "no scenarios directory or file at " + dir + "; check the path");
        }
        if (Files.isRegularFile(dir) && !(dir.toString().endsWith(".yaml") || dir.toString().endsWith(".yml"))) {
            throw new ParameterException(spec.commandLine(), dir + " is not a scenario file; give a .yaml file or a directory");
        }
        Pattern filter;
        try {
            filter = name == null ? null : Pattern.compile(name, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw new ParameterException(spec.commandLine(), "--name '" + name + "' is not a regular expression ("
                    + e.getDescription() + "); use e.g. 'face-swap'");
        }
        rules.check(spec.commandLine());
        RuleBase ruleBase = rules.loadOrReport();
        if (ruleBase == null) return 2;
        boolean single = Files.isRegularFile(dir);
        Path folder = single ? dir.toAbsolutePath().normalize().getParent() : dir.toAbsolutePath().normalize();
        Path projectRoot = folder.getParent() == null ? folder : folder.getParent();
        ScenarioRunner runner = new ScenarioRunner(new Evaluator(ruleBase), projectRoot);
        List<Path> files = single ? List.of(dir) : ScenarioRunner.scenarioFiles(dir);
        List<ScenarioResult> results = runner.runAll(files,
                p -> filter == null || filter.matcher(p.name()).find() || filter.matcher(p.file()).find());
        for (ScenarioResult r : results) report(r, projectRoot.resolve(r.file())); // r.file() is relative to the project root
        int failed = (int) results.stream().filter(r -> !r.passed()).count();
        System.out.println();
        System.out.println("scenarios: " + (results.size() - failed) + " passed, " + failed + " failed");
        if (results.isEmpty()) {
            System.err.println("synthlex test-scenarios: no scenario in " + dir + (name == null ? "" : " matches --name '" + name + "'")
                    + "; check the path or the pattern");
        }
        return failed == 0 && !results.isEmpty() ? 0 : 1;
    }

    private static void report(ScenarioResult r, Path file) throws IOException {
        if (r.passed()) {
            System.out.println("PASS " + r.file() + "  " + r.name());
            return;
        }
        System.out.println("FAIL " + r.file() + "  " + r.name());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String f : r.failures()) {
            int line = lineOf(f, lines);
            System.out.println("     - " + (line > 0 ? r.file() + ":" + line + ": " : "") + f);
        }
    }

    /** The line of the scenario file a failure is about: the first line naming its id (in forbid: for a forbidden one); 0 if none. */
    static int lineOf(String failure, List<String> lines) {
        int colon = failure.indexOf(": ");
        if (colon < 0) return 0;
        int from = 0;
        if (failure.contains(": forbidden,")) {
            for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith("forbid:")) from = i;
        }
        for (String word : failure.substring(0, colon).split(" ")) {
            if (word.isEmpty() || LABEL_WORDS.contains(word)) continue;
            for (int i = from; i < lines.size(); i++) {
                if (lines.get(i).contains(word)) return i + 1;
            }
        }
        return 0;
    }
}
