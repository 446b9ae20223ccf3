package synthlex.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every file under a rules directory, read once: the version hashes exactly the bytes that are
 * compiled, and the loader's checks read lines from here instead of reading each file again.
 *
 * @param files relative path ('/'-separated) -> content, in path order
 */
record RuleFiles(Map<String, byte[]> files) {

    static RuleFiles read(Path dir) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return new RuleFiles(files);
    }

    /** The rule files (.drl) and their text. */
    Map<String, String> drl() {
        Map<String, String> out = new LinkedHashMap<>();
        files.forEach((path, bytes) -> {
            if (path.endsWith(".drl")) out.put(path, new String(bytes, StandardCharsets.UTF_8));
        });
        return out;
    }

    /** The lines of one rule file; empty for a file that is not there. */
    List<String> lines(String path) {
        byte[] bytes = files.get(path);
        return bytes == null ? List.of() : new String(bytes, StandardCharsets.UTF_8).lines().toList();
    }

    /** sha256 over every path and its content, in path order. */
    String version() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.forEach((path, bytes) -> {
                sha.update(path.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(bytes);
                sha.update((byte) 0);
            });
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
