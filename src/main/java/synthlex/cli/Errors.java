package synthlex.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Every CLI error is one line on stderr, {@code synthlex COMMAND: what is wrong; what to do}: exit 2
 * for a usage error (a bad argument), 1 for a failure; {@code --verbose} adds the stack trace.
 */
final class Errors {
    private Errors() { }

    /** A thrown error whose message is already the one line to show (and exit code 1). */
    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    /** Anything a command throws: one line, exit 1; the trace only with --verbose. */
    static final class Handler implements CommandLine.IExecutionExceptionHandler {
        private final Main main;

        Handler(Main main) {
            this.main = main;
        }

        @Override public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
            PrintWriter err = cmd.getErr();
            err.println(prefix(cmd) + describe(ex));
            if (main.verbose) ex.printStackTrace(err);
            err.flush();
            return 1;
        }
    }

    /** Bad arguments: one line (with picocli's suggestion for a typo), exit 2. */
    static final class Usage implements CommandLine.IParameterExceptionHandler {
        @Override public int handleParseException(ParameterException ex, String[] args) {
            CommandLine cmd = ex.getCommandLine();
            PrintWriter err = cmd.getErr();
            String message = ex.getMessage();
            if (ex instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
                message += "; did you mean " + String.join(" or ", u.getSuggestions()) + "?";
            } else if (!message.contains("; ")) {
                message += "; see 'synthlex help" + (cmd.getParent() == null ? "" : " " + cmd.getCommandName()) + "'";
            }
            err.println(prefix(cmd) + message);
            if (Boolean.TRUE.equals(verbose(cmd))) ex.printStackTrace(err);
            err.flush();
            return cmd.getCommandSpec().exitCodeOnInvalidInput();
        }

        private static Boolean verbose(CommandLine cmd) {
            CommandLine root = cmd;
            while (root.getParent() != null) root = root.getParent();
            return root.getCommand() instanceof Main m && m.verbose;
        }
    }

    private static String prefix(CommandLine cmd) {
        return cmd.getParent() == null ? "synthlex: " : cmd.getCommandSpec().qualifiedName() + ": "; // "synthlex register import: "
    }

    /** The one line for an exception nobody caught: what failed, and what to do. */
    static String describe(Throwable ex) {
        if (ex instanceof UncheckedIOException u) ex = u.getCause();
        if (ex instanceof Failure) return ex.getMessage();
        if (ex instanceof NoSuchFileException e) return "no such file: " + e.getFile() + "; check the path";
        if (ex instanceof AccessDeniedException e) return "cannot read or write " + e.getFile() + ": permission denied";
        if (ex instanceof IOException) return ex.getMessage() + "; run with --verbose for the details";
        return "internal error: " + ex + "; run with --verbose for the stack trace and report it";
    }

    /** Converter for dates given as options: {@code YYYY-MM-DD}, said so when it is not. */
    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + text + "' is not a date; use YYYY-MM-DD, e.g. 2025-09-01");
        }
    }

    /** {@code --lang}: en or zh (also zh-CN and the like), anything else a usage error. */
    static void checkLang(CommandLine cmd, String lang) {
        String l = lang.trim().toLowerCase(java.util.Locale.ROOT);
        if (!(l.equals("en") || l.startsWith("en-") || l.equals("zh") || l.startsWith("zh-"))) {
            throw new ParameterException(cmd, "unknown --lang '" + lang + "'; use en or zh");
        }
    }

    /** An input file must exist and be a file: checked before the rule base is built. */
    static void checkInputFile(CommandLine cmd, Path file) {
        if (!Files.exists(file)) throw new ParameterException(cmd, "no such file: " + file + "; check the path (e.g. facts/face-swap-app.json)");
        if (!Files.isRegularFile(file)) throw new ParameterException(cmd, file + " is not a file; give a service description (JSON)");
        if (!Files.isReadable(file)) throw new ParameterException(cmd, "cannot read " + file + ": permission denied");
    }

    /** Reads an input file's JSON; malformed JSON fails the command with one line (see {@link #malformed}). */
    static com.fasterxml.jackson.databind.JsonNode readJson(Path file) throws IOException {
        try {
            return synthlex.input.ServiceDescriptionParser.readTree(Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
        } catch (synthlex.input.InvalidInputException e) {
            throw new Failure(malformed(file, e));
        }
    }

    /** A malformed JSON input as one line, FILE:LINE:COLUMN when the parser says where. */
    static String malformed(Path file, synthlex.input.InvalidInputException e) {
        List<synthlex.input.InputError> errors = e.errors();
        String msg = errors.isEmpty() ? e.getMessage() : errors.get(0).message();
        var m = java.util.regex.Pattern.compile("^not valid JSON at line (\\d+), column (\\d+): (.*)$", java.util.regex.Pattern.DOTALL).matcher(msg);
        String firstLine = m.matches() ? m.group(3).lines().findFirst().orElse("") : msg.lines().findFirst().orElse("");
        return (m.matches() ? file + ":" + m.group(1) + ":" + m.group(2) + ": not valid JSON: " + firstLine : file + ": " + firstLine)
                + "; fix the file";
    }
}
