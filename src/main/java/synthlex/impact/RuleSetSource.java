package synthlex.impact;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the rule set to compare against comes from: a directory on disk (a rules directory or a
 * project that has one), or a git revision, whose rules/ is checked out file by file into a
 * temporary directory with {@code git show}.
 */
final class RuleSetSource {
    private RuleSetSource() { }

    static Path resolve(String against, Path projectRoot) throws IOException {
        Path dir = Path.of(against);
        if (Files.isDirectory(dir.resolve("rules"))) return dir.resolve("rules");
        if (Files.isDirectory(dir)) return dir;
        return fromGit(against, projectRoot);
    }

    private static Path fromGit(String ref, Path projectRoot) throws IOException {
        String listing = git(projectRoot, "ls-tree", "-r", "--name-only", ref, "--", "rules");
        if (listing.isBlank()) throw new IOException("'" + ref + "' is neither a directory nor a git revision with a rules/ folder");
        Path out = Files.createTempDirectory("synthlex-impact-");
        for (String file : listing.lines().toList()) {
            Path target = out.resolve(file);
            Files.createDirectories(target.getParent());
            Files.write(target, gitBytes(projectRoot, "show", ref + ":" + file));
        }
        return out.resolve("rules");
    }

    private static String git(Path cwd, String... args) throws IOException {
        return new String(gitBytes(cwd, args), StandardCharsets.UTF_8);
    }

    private static byte[] gitBytes(Path cwd, String... args) throws IOException {
        try {
            return Git.bytes(cwd, args);
        } catch (IOException e) {
            throw new IOException(e.getMessage() + " (is '" + args[args.length - 1] + "' a revision?)", e);
        }
    }
}
