package synthlex.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import synthlex.law.SourceCatalog;

/**
 * Builds a {@link RuleBase} from a rules directory on disk: every {@code .drl} compiled in classic
 * mode (so errors carry file and line), the law in {@code sources/} registered, and every rule's
 * metadata checked. Any problem fails the whole load with every problem listed.
 */
public final class RuleBaseLoader {
    /** KieRepository is JVM-wide and keyed by ReleaseId: each build needs its own. */
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final String KFS_ROOT = "src/main/resources/rules/";

    private RuleBaseLoader() { }

    public static RuleBase load(Path rulesDir) {
        Path dir = rulesDir.toAbsolutePath().normalize();
        String shown = rulesDir.getFileName() == null ? rulesDir.toString() : rulesDir.getFileName().toString();
        if (!Files.isDirectory(dir)) {
            throw new RuleBaseException(List.of(shown + ": rules directory not found at " + rulesDir));
        }
        if (!Files.isReadable(dir)) {
            throw new RuleBaseException(List.of(shown + ": rules directory is not readable"));
        }
        List<String> problems = new ArrayList<>();
        SourceCatalog sources = SourceCatalog.load(dir.resolve("sources"), shown + "/sources", problems);
        List<Path> drlFiles = drlFiles(dir);
        if (drlFiles.isEmpty()) problems.add(shown + ": no .drl rule files found");
        if (!problems.isEmpty()) throw new RuleBaseException(problems);

        KieBase kieBase = compile(dir, shown, drlFiles, problems);
        if (!problems.isEmpty()) throw new RuleBaseException(problems);

        List<RuleInfo> rules = RuleMetadata.read(ruleList(kieBase), dir, shown, sources, problems);
        ClassificationReferences.check(dir, shown, drlFiles, rules, problems);
        if (!problems.isEmpty()) throw new RuleBaseException(problems);
        return new RuleBase(kieBase, sources, rules, version(dir), Instant.now(), dir);
    }

    private static List<Path> drlFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            throw new RuleBaseException(List.of(dir.getFileName() + ": cannot read: " + e.getMessage()));
        }
    }

    private static KieBase compile(Path dir, String shown, List<Path> drlFiles, List<String> problems) {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("synthlex", "rules", "1.0." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        for (Path p : drlFiles) {
            try {
                kfs.write(KFS_ROOT + relative(dir, p), Files.readAllBytes(p));
            } catch (IOException e) {
                problems.add(shown + "/" + relative(dir, p) + ": cannot read: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) return null;
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        for (Message m : errors) {
            String text = m.getText().replaceAll("\\s+", " ").trim();
            if (text.equals("Parser returned a null Package") && errors.size() > 1) continue; // follows a syntax error
            String file = m.getPath() == null ? "?" : stripKfsPrefix(m.getPath());
            int line = m.getLine() > 0 ? m.getLine() : ErrorLocator.line(dir.resolve(file), text);
            problems.add(shown + "/" + file + ":" + line + ": " + text);
        }
        if (!problems.isEmpty()) return null;
        KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
        ks.getRepository().removeKieModule(releaseId);
        return kieBase;
    }

    /** Rules with the file they came from, for metadata checks and answers. */
    private static List<Map.Entry<Rule, String>> ruleList(KieBase kieBase) {
        List<Map.Entry<Rule, String>> out = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule r : pkg.getRules()) {
                String source = r instanceof RuleImpl impl && impl.getResource() != null ? impl.getResource().getSourcePath() : null;
                out.add(Map.entry(r, source == null ? "?" : stripKfsPrefix(source)));
            }
        }
        return out;
    }

    /** Drools reports paths inside its virtual file system; ours start under src/main/resources/rules/. */
    private static String stripKfsPrefix(String path) {
        return path.replaceFirst("^src/main/resources/", "").replaceFirst("^rules/", "");
    }

    private static String relative(Path dir, Path p) {
        return dir.relativize(p).toString().replace('\\', '/');
    }

    /** The version a rules directory would load with, without building it (for watching). */
    public static String versionOf(Path rulesDir) {
        return version(rulesDir.toAbsolutePath().normalize());
    }

    /** sha256 over every file under the rules directory (rules and registered sources), in path order. */
    static String version(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                sha.update(relative(dir, p).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(p));
                sha.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
