package synthlex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import synthlex.input.InputError;
import synthlex.input.InvalidInputException;
import synthlex.input.ServiceDescriptionParser;
import synthlex.register.Backup;
import synthlex.register.Database;
import synthlex.register.Preconditions;
import synthlex.register.Register;
import synthlex.register.RegisterException;
import synthlex.rules.RuleBase;

/** {@code register import} and {@code register export}: filling the register from files, and its backup and restore path. */
@Command(name = "register", mixinStandardHelpOptions = true, description = "Import services into the register, or export it as JSON lines.",
        subcommands = {RegisterCommand.Import.class, RegisterCommand.Export.class})
final class RegisterCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override public void run() {
        throw new ParameterException(spec.commandLine(), "give a subcommand: import DIR_OR_FILE.jsonl, or export");
    }

    /** The --database option both subcommands share. */
    static final class DatabaseOption {
        @Option(names = "--database", paramLabel = "PATH_OR_URL", defaultValue = Database.DEFAULT_SPEC,
                description = "The register (default: ${DEFAULT-VALUE}; or jdbc:postgresql://HOST/DB with SYNTHLEX_DB_USER and SYNTHLEX_DB_PASSWORD).")
        String database;
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Store every DIR/*.json as a service (its id is the file name without .json; a changed description becomes a new version),",
                    "or restore a FILE.jsonl written by 'register export' (services already stored are left as they are)."})
    static final class Import implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "DIR_OR_FILE", description = "A folder of service descriptions (e.g. facts), or an export (.jsonl).") Path source;
        @Mixin DatabaseOption db;
        @Mixin RulesOption rules;

        @Override public Integer call() throws IOException {
            if (!Files.exists(source)) throw new ParameterException(spec.commandLine(), "no such file or folder: " + source + "; check the path (e.g. facts)");
            boolean restore = Files.isRegularFile(source);
            if (restore && !source.toString().endsWith(".jsonl")) {
                throw new ParameterException(spec.commandLine(), source + " is not a folder or a .jsonl export; give a folder of *.json or the file 'register export' wrote");
            }
            rules.check(spec.commandLine());
            List<Path> files = restore ? List.of(source) : descriptions(source);
            List<JsonNode> read = new ArrayList<>();
            if (!restore) { // every file checked before anything is written: one bad file imports nothing
                for (Path f : files) {
                    String id = f.getFileName().toString().replaceFirst("\\.json$", "");
                    if (!Register.ID.matcher(id).matches()) throw new Errors.Failure(f + ": '" + id
                            + "' cannot be a service id (letters, digits, '.', '-', '_'); rename the file (nothing imported)");
                    JsonNode json = Errors.readJson(f);
                    try {
                        ServiceDescriptionParser.parse(json);
                    } catch (InvalidInputException e) {
                        throw new Errors.Failure(f + ": " + first(e.errors()) + "; fix the file (nothing imported)");
                    }
                    read.add(json);
                }
            }
            RuleBase ruleBase = rules.loadOrReport();
            if (ruleBase == null) return 2;
            try (RegisterSetup setup = RegisterSetup.open(db.database, () -> ruleBase, Register.Config.defaults().passive())) {
                Register register = setup.register();
                String who = "cli:" + System.getProperty("user.name", "unknown");
                if (restore) return restore(register, source);
                int created = 0, updated = 0, unchanged = 0;
                for (int i = 0; i < files.size(); i++) {
                    String id = files.get(i).getFileName().toString().replaceFirst("\\.json$", "");
                    Register.Stored s = register.put(id, read.get(i), Preconditions.UPSERT, who);
                    if (s.created()) created++; else if (s.changed()) updated++; else unchanged++;
                    System.out.println(id + ": " + (s.created() ? "created" : s.changed() ? "new version " + s.view().path("version").asInt() : "unchanged")
                            + " (" + s.view().path("answer").path("obligations").size() + " obligations)");
                }
                System.out.println("imported " + files.size() + " service(s) into " + setup.where() + ": " + created + " created, "
                        + updated + " updated, " + unchanged + " unchanged");
                return 0;
            }
        }

        private static int restore(Register register, Path file) throws IOException {
            Backup backup = new Backup(register);
            int restored = 0, skipped = 0, lineNo = 0;
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null) {
                    lineNo++;
                    if (line.isBlank()) continue;
                    JsonNode json;
                    try {
                        json = ServiceDescriptionParser.readTree(line);
                        if (backup.restore(json)) restored++;
                        else {
                            skipped++;
                            System.out.println(json.path("id").asText() + ": already stored; left as it is");
                        }
                    } catch (InvalidInputException e) {
                        throw new Errors.Failure(file + ":" + lineNo + ": " + first(e.errors()) + "; fix the line (" + restored + " restored before it)");
                    } catch (RegisterException e) {
                        throw new Errors.Failure(file + ":" + lineNo + ": " + e.detail() + " (" + restored + " restored before it)");
                    }
                }
            }
            System.out.println("restored " + restored + " service(s)" + (skipped > 0 ? ", " + skipped + " already stored" : ""));
            return 0;
        }

        private static List<Path> descriptions(Path dir) throws IOException {
            try (var s = Files.list(dir)) {
                List<Path> files = s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
                if (files.isEmpty()) throw new Errors.Failure("no *.json files in " + dir + "; give a folder of service descriptions (e.g. facts)");
                return files;
            }
        }

        private static String first(List<InputError> errors) {
            if (errors.isEmpty()) return "invalid";
            InputError e = errors.get(0);
            String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "";
            return (e.pointer().isEmpty() ? "" : e.pointer() + ": ") + e.message().lines().findFirst().orElse("") + more;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write every stored service as one JSON line (all versions, tracked states and their history): a backup that 'register import FILE.jsonl' restores.")
    static final class Export implements Callable<Integer> {
        @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.") Path out;
        @Mixin DatabaseOption db;

        @Override public Integer call() throws IOException {
            try (RegisterSetup setup = RegisterSetup.open(db.database, () -> {
                throw new IllegalStateException("export evaluates nothing");
            }, Register.Config.defaults().passive())) {
                Writer w = out == null ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                        : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                int n;
                try {
                    n = new Backup(setup.register()).export(w);
                } finally {
                    w.flush();
                    if (out != null) w.close();
                }
                if (out != null) System.out.println("exported " + n + " service(s) to " + out);
                return 0;
            }
        }
    }
}
