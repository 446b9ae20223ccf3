package synthlex.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
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
        return load(rulesDir, CompiledRulesCache.get());
    }

    static RuleBase load(Path rulesDir, CompiledRulesCache cache) {
        Path dir = rulesDir.toAbsolutePath().normalize();
        String shown = rulesDir.getFileName() == null ? rulesDir.toString() : rulesDir.getFileName().toString();
        if (!Files.isDirectory(dir)) {
            throw new RuleBaseException(List.of(shown + ": rules directory not found at " + rulesDir));
        }
        if (!Files.isReadable(dir)) {
            throw new RuleBaseException(List.of(shown + ": rules directory is not readable"));
        }
        RuleFiles files;
        try {
            files = RuleFiles.read(dir);
        } catch (IOException e) {
            throw new RuleBaseException(List.of(shown + ": cannot read: " + e.getMessage()));
        }
        Map<String, String> drl = files.drl();
        String version = files.version();
        // The rules compile (or come from the cache) while the law is read: neither needs the other.
        CompletableFuture<Compiled> compiling = drl.isEmpty() ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> compileOrReuse(files, drl, shown, version, cache), RuleBaseLoader::onOwnThread);
        List<String> problems = new ArrayList<>();
        SourceCatalog sources = SourceCatalog.load(dir.resolve("sources"), shown + "/sources", problems);
        Compiled compiled = join(compiling); // waited for even when the law has problems: nothing is left running
        if (drl.isEmpty()) problems.add(shown + ": no .drl rule files found");
        if (!problems.isEmpty()) throw new RuleBaseException(problems);
        problems.addAll(compiled.problems());
        if (!problems.isEmpty()) throw new RuleBaseException(problems);
        KieBase kieBase = compiled.kieBase();
        boolean cached = compiled.fromCache();

        List<RuleInfo> rules = RuleMetadata.read(ruleList(kieBase), files, shown, sources, problems);
        ClassificationReferences.check(drl, shown, rules, problems);
        if (!problems.isEmpty()) throw new RuleBaseException(problems);
        synthlex.timing.PrcCalendar calendar = null;
        if (Files.exists(dir.resolve("sources").resolve(synthlex.timing.PrcCalendar.FILE))) { // a rule set without it gives no due dates
            try {
                calendar = synthlex.timing.PrcCalendar.load(dir.resolve("sources"));
            } catch (synthlex.timing.CalendarException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) throw new RuleBaseException(problems);
        if (!cached) cache.write(version, kieBase); // only rules that load without a problem are kept
        return new RuleBase(kieBase, sources, rules, version, Instant.now(), dir, calendar, cached);
    }

    /** Compiled rules, or the problems that stopped them compiling. */
    private record Compiled(KieBase kieBase, boolean fromCache, List<String> problems) { }

    private static Compiled compileOrReuse(RuleFiles files, Map<String, String> drl, String shown, String version, CompiledRulesCache cache) {
        KieBase cachedRules = cache.read(version); // compiled by an earlier run of this build: the same rules
        if (cachedRules != null) return new Compiled(cachedRules, true, List.of());
        List<String> problems = new ArrayList<>();
        KieBase kieBase = compile(files, drl, shown, problems);
        return new Compiled(kieBase, false, problems);
    }

    private static void onOwnThread(Runnable work) {
        Thread t = new Thread(work, "synthlex-rules-compile");
        t.setDaemon(true);
        t.start();
    }

    private static Compiled join(CompletableFuture<Compiled> compiling) {
        try {
            return compiling.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    private static KieBase compile(RuleFiles files, Map<String, String> drl, String shown, List<String> problems) {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("synthlex", "rules", "1.0." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        drl.forEach((path, text) -> kfs.write(KFS_ROOT + path, text.getBytes(StandardCharsets.UTF_8)));
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        for (Message m : errors) {
            String text = m.getText().replaceAll("\\s+", " ").trim();
            if (text.equals("Parser returned a null Package") && errors.size() > 1) continue; // follows a syntax error
            String file = m.getPath() == null ? "?" : stripKfsPrefix(m.getPath());
            int line = m.getLine() > 0 ? m.getLine() : ErrorLocator.line(files.lines(file), text);
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

    /** The version a rules directory would load with, without building it (for watching). */
    public static String versionOf(Path rulesDir) {
        try {
            return RuleFiles.read(rulesDir.toAbsolutePath().normalize()).version();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
