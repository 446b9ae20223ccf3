package synthlex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import synthlex.api.Problem;
import synthlex.engine.Evaluator;
import synthlex.engine.Options;
import synthlex.engine.Timeline;
import synthlex.input.InvalidInputException;
import synthlex.input.TimelineRequest;
import synthlex.json.Json;
import synthlex.rules.RuleBase;

/** Prints the same JSON as POST /v1/timelines for a service description in a file. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Show how a service's obligations change between two dates as law comes into force.")
final class TimelineCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "A service description, e.g. facts/face-swap-app.json.")
    Path file;

    @Option(names = "--from", required = true, description = "First day (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", required = true, description = "Last day (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--lang", defaultValue = "en", description = "en or zh (default: ${DEFAULT-VALUE}).")
    String lang;

    @Mixin RulesOption rules;

    @Spec CommandSpec spec;

    @Override public Integer call() throws IOException {
        // the arguments and the file first: a mistake costs no rule-base build
        Errors.checkLang(spec.commandLine(), lang);
        if (to.isBefore(from)) {
            throw new ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from + "; swap them");
        }
        Errors.checkInputFile(spec.commandLine(), file);
        rules.check(spec.commandLine());
        JsonNode json = Errors.readJson(file);
        if (!(json instanceof ObjectNode body)) throw new Errors.Failure(file + " does not hold a JSON object; give a service description");
        RuleBase ruleBase = rules.loadOrReport();
        if (ruleBase == null) return 2;
        try {
            body.put("from", from.toString()).put("to", to.toString());
            TimelineRequest request = TimelineRequest.parse(body.toString());
            System.out.println(Json.pretty(Timeline.of(new Evaluator(ruleBase), request.service(), request.from(), request.to(),
                    new Options(false, Options.Lang.of(lang)))));
            return 0;
        } catch (InvalidInputException e) {
            System.out.println(Json.pretty(Problem.invalid(e)));
            return 1;
        }
    }
}
