package synthlex.cli;

import com.fasterxml.jackson.databind.JsonNode;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import synthlex.engine.Evaluator;
import synthlex.engine.Options;
import synthlex.input.InputError;
import synthlex.input.InvalidInputException;
import synthlex.input.ServiceDescriptionParser;
import synthlex.model.ServiceDescription;
import synthlex.pack.CompliancePack;
import synthlex.rules.RuleBase;

/**
 * Writes the compliance pack for a service description: the same files as POST /v1/packs, unzipped
 * under DIR (DIR/en/plan.md, DIR/zh/plan.md, …) so they can be read, diffed and committed; with
 * {@code --zip}, the zip file itself into DIR.
 */
@Command(name = "pack", mixinStandardHelpOptions = true,
        description = "Write the compliance pack (plan, checklist and drafts, in English and Chinese) for a service description.")
final class PackCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A service description, e.g. facts/face-swap-app.json.")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the files (created if missing).")
    Path out;

    @Option(names = "--zip", description = "Write <name>-compliance-pack.zip into DIR instead of the unzipped files.")
    boolean zip;

    @Option(names = "--explain", description = "Add to the plan what one changed fact would add (near misses).")
    boolean explain;

    @Mixin RulesOption rules;

    @Override public Integer call() throws IOException {
        // the arguments and the file first: a mistake costs no rule-base build
        Errors.checkInputFile(spec.commandLine(), file);
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "--out " + out + " is a file, not a directory; give a directory");
        }
        rules.check(spec.commandLine());
        JsonNode json = Errors.readJson(file);
        ServiceDescription service;
        try {
            service = ServiceDescriptionParser.parse(json);
        } catch (InvalidInputException e) {
            throw new Errors.Failure(invalid(file, e));
        }
        RuleBase ruleBase = rules.loadOrReport();
        if (ruleBase == null) return 2;
        CompliancePack pack = CompliancePack.build(service,
                CompliancePack.evaluate(new Evaluator(ruleBase), service, new Options(explain, Options.Lang.EN)), ruleBase.sources());
        Files.createDirectories(out);
        if (zip) {
            Path target = out.resolve(pack.fileName());
            Files.write(target, pack.zip());
            System.out.println("compliance pack written to " + target + " (" + pack.entries().size() + " files)");
        } else {
            List<Path> written = pack.writeFiles(out);
            for (Path p : written) System.out.println(p);
            System.out.println("compliance pack written to " + out + " (" + written.size() + " files)");
        }
        return 0;
    }

    /** An invalid description as one line: every problem, pointer by pointer. */
    static String invalid(Path file, InvalidInputException e) {
        StringBuilder b = new StringBuilder(file + ": not a valid service description: ");
        List<InputError> errors = e.errors();
        if (errors.isEmpty()) b.append(e.getMessage().lines().findFirst().orElse(""));
        for (int i = 0; i < errors.size(); i++) {
            if (i > 0) b.append("; ");
            InputError err = errors.get(i);
            b.append(err.pointer().isEmpty() ? "/" : err.pointer()).append(": ").append(err.message().lines().findFirst().orElse(""));
        }
        return b.append("; fix the file").toString();
    }
}
