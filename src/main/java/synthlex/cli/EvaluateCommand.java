package synthlex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import synthlex.api.Problem;
import synthlex.engine.Evaluator;
import synthlex.engine.Options;
import synthlex.input.InvalidInputException;
import synthlex.input.ServiceDescriptionParser;
import synthlex.json.CitationStyle;
import synthlex.json.Json;
import synthlex.rules.RuleBase;

/** Prints the same JSON answer as POST /v1/evaluations, for a service description in a file. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate a service description (JSON file) and print the answer as JSON.")
final class EvaluateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A service description, e.g. facts/face-swap-app.json.")
    Path file;

    @Mixin RulesOption rules;

    @picocli.CommandLine.Option(names = "--explain", description = "Add each obligation's trace and the near misses.")
    boolean explain;

    @picocli.CommandLine.Option(names = "--lang", defaultValue = "en", description = "en or zh (default: ${DEFAULT-VALUE}).")
    String lang;

    @picocli.CommandLine.Option(names = "--citations", defaultValue = "full", paramLabel = "full|ref",
            description = "full: every citation in full where it is cited (default); ref: each cited provision once, under provisions, "
                    + "and {\"ref\": key, \"label\": …} where it is cited (as ?citations=ref).")
    String citations;

    @Override public Integer call() throws IOException {
        // the arguments and the file first: a mistake costs no rule-base build
        Errors.checkLang(spec.commandLine(), lang);
        CitationStyle style = CitationStyle.of(citations);
        if (style == null) throw new ParameterException(spec.commandLine(), "unknown --citations '" + citations + "'; use full or ref");
        Errors.checkInputFile(spec.commandLine(), file);
        rules.check(spec.commandLine());
        JsonNode json = Errors.readJson(file);
        RuleBase ruleBase = rules.loadOrReport();
        if (ruleBase == null) return 2;
        try {
            System.out.println(Json.pretty(new Evaluator(ruleBase).evaluate(ServiceDescriptionParser.parse(json),
                    new Options(explain, Options.Lang.of(lang))), style));
            return 0;
        } catch (InvalidInputException e) {
            System.out.println(Json.pretty(Problem.invalid(e)));
            return 1;
        }
    }
}
