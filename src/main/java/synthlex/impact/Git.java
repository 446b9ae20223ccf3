package synthlex.impact;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs git for the tools that compare with a revision ({@code impact --against}, {@code mutation --changed-since}). */
public final class Git {
    private Git() { }

    /** What {@code git ARGS} prints, run in {@code cwd}; an IOException with git's complaint if it fails. */
    public static byte[] bytes(Path cwd, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(cwd.toFile()).start();
        byte[] out, err;
        try (InputStream in = p.getInputStream(); InputStream errors = p.getErrorStream()) {
            out = in.readAllBytes();
            err = errors.readAllBytes();
        }
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                String why = new String(err, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
                throw new IOException("git " + String.join(" ", args) + " failed" + (why.isEmpty() ? "" : ": " + why));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return out;
    }

    /** The lines {@code git ARGS} prints, blank ones left out. */
    public static List<String> lines(Path cwd, String... args) throws IOException {
        return new String(bytes(cwd, args), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }
}
