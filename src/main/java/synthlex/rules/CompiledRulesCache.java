package synthlex.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * Compiled rules kept on disk, so that the CLI, the server and the tests never compile the same
 * rules twice. An entry is Drools' compiled packages (rule network definitions and the bytecode of
 * every consequence), serialized; reading one and building the network from it takes a fraction of
 * compiling the DRL (docs/performance.md, "Never compile the same rules twice").
 *
 * <p>An entry is found by a key over the rules' version (sha256 of every file under the rules
 * directory, the version answers report) and this build's identity, so any change to a rule, a
 * source or the code misses and compiles afresh; an entry is never updated in place. Each entry
 * carries the sha256 of its content and is refused when it does not match (a torn or damaged file
 * is compiled again, never half-read). Only Drools', the JDK's and synthlex's classes are accepted
 * when reading.
 *
 * <p>Where: {@code -Dsynthlex.ruleCache=DIR}, or {@code off}; by default {@code rule-cache/} beside
 * the running code, which is {@code target/rule-cache/} for both {@code target/synthlex.jar} and
 * {@code target/classes}. The cache keeps the {@value #KEEP} entries used last, within 256 MB.
 */
final class CompiledRulesCache {
    static final int KEEP = 12;
    /** And no more than this on disk (the real rules take about 5 MB; a benchmark's copies 16 times that). */
    static final long MAX_BYTES = 256L << 20;
    private static final byte[] MAGIC = "synthlex compiled rules 1\n".getBytes(StandardCharsets.US_ASCII);
    private static final String SUFFIX = ".kbase";
    private static final CompiledRulesCache DEFAULT = fromSystem();

    /** The build's identity, or null when the code was not built by Maven (then nothing is cached). */
    private final String build;
    /** Null when caching is off. */
    private final Path dir;

    private CompiledRulesCache(Path dir, String build) {
        this.dir = dir;
        this.build = build;
    }

    static CompiledRulesCache get() { return DEFAULT; }

    static CompiledRulesCache in(Path dir) { return new CompiledRulesCache(dir, buildId()); }

    boolean enabled() { return dir != null && build != null; }

    /** The compiled rules of this version, or null when there is no sound entry for it. */
    KieBase read(String rulesVersion) {
        if (!enabled()) return null;
        Path file = file(rulesVersion);
        if (!Files.isRegularFile(file)) return null;
        try {
            byte[] all = Files.readAllBytes(file);
            int headerEnd = MAGIC.length + 32;
            if (all.length < headerEnd || !Arrays.equals(all, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                    || !Arrays.equals(all, MAGIC.length, headerEnd, sha256(all, headerEnd), 0, 32)) {
                throw new IOException("damaged (checksum)");
            }
            List<KiePackage> packages;
            try (ObjectInputStream in = new DroolsObjectInputStream(
                    new ByteArrayInputStream(all, headerEnd, all.length - headerEnd), CompiledRulesCache.class.getClassLoader())) {
                in.setObjectInputFilter(CompiledRulesCache::onlyKnownClasses);
                packages = readPackages(in);
            }
            InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
            kieBase.addPackages(packages);
            touch(file);
            return kieBase;
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            System.err.println("synthlex: compiled rules in " + file + " not used (" + e + "); compiling the rules");
            deleteQuietly(file);
            return null;
        }
    }

    /** Keeps the compiled rules of this version; a failure to write only costs the next run a compile. */
    void write(String rulesVersion, KieBase kieBase) {
        if (!enabled()) return;
        Path file = file(rulesVersion);
        Path partial = null;
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
            bytes.write(MAGIC);
            bytes.write(new byte[32]); // the checksum, filled in below
            try (ObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
                out.writeObject(new ArrayList<>(kieBase.getKiePackages()));
            }
            byte[] all = bytes.toByteArray();
            System.arraycopy(sha256(all, MAGIC.length + 32), 0, all, MAGIC.length, 32);
            Files.createDirectories(dir);
            partial = Files.createTempFile(dir, "writing-", ".tmp");
            Files.write(partial, all);
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
            prune();
        } catch (IOException | RuntimeException e) {
            System.err.println("synthlex: could not keep compiled rules in " + dir + " (" + e + ")");
            if (partial != null) deleteQuietly(partial);
        }
    }

    /** The entry for a rules version built by this build. */
    Path file(String rulesVersion) {
        byte[] key = (rulesVersion + "\n" + build + "\n" + System.getProperty("java.vm.version")).getBytes(StandardCharsets.UTF_8);
        return dir.resolve(HexFormat.of().formatHex(sha256(key, 0)).substring(0, 32) + SUFFIX);
    }

    @SuppressWarnings("unchecked")
    private static List<KiePackage> readPackages(ObjectInputStream in) throws IOException, ClassNotFoundException {
        return (List<KiePackage>) in.readObject();
    }

    /** Compiled rules are Drools' objects over the JDK's and ours; anything else is not ours to read. */
    private static ObjectInputFilter.Status onlyKnownClasses(ObjectInputFilter.FilterInfo info) {
        Class<?> c = info.serialClass();
        while (c != null && c.isArray()) c = c.getComponentType();
        if (c == null || c.isPrimitive()) return ObjectInputFilter.Status.UNDECIDED;
        String name = c.getName();
        return name.startsWith("java.") || name.startsWith("org.drools.") || name.startsWith("org.kie.")
                || name.startsWith("org.mvel2.") || name.startsWith("synthlex.")
                ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
    }

    /** Keeps the entries used last; the others (older rules, older builds) go. */
    private void prune() throws IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(dir)) {
            entries = list.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted(Comparator.comparing(CompiledRulesCache::modified).reversed()).toList();
        }
        long total = 0;
        for (int i = 0; i < entries.size(); i++) {
            total += size(entries.get(i));
            if (i > 0 && (i >= KEEP || total > MAX_BYTES)) deleteQuietly(entries.get(i)); // the newest always stays
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) { // only decides what pruning keeps
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) { // another process may hold it; it is pruned later
        }
    }

    private static byte[] sha256(byte[] bytes, int from) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(bytes, from, bytes.length - from);
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CompiledRulesCache fromSystem() {
        String setting = System.getProperty("synthlex.ruleCache");
        if ("off".equalsIgnoreCase(setting)) return new CompiledRulesCache(null, null);
        if (setting != null && !setting.isBlank()) return in(Path.of(setting));
        try {
            Path code = Path.of(CompiledRulesCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code.getParent() == null ? new CompiledRulesCache(null, null) : in(code.getParent().resolve("rule-cache"));
        } catch (URISyntaxException | RuntimeException e) { // no file we run from: no place for a cache
            return new CompiledRulesCache(null, null);
        }
    }

    /** The build that compiled this code (synthlex/build.properties, filtered by Maven); null when unknown. */
    private static String buildId() {
        try (InputStream in = CompiledRulesCache.class.getResourceAsStream("/synthlex/build.properties")) {
            if (in == null) return null;
            Properties p = new Properties();
            p.load(in);
            String build = p.getProperty("build");
            return build == null || build.isBlank() || build.contains("${") ? null : build;
        } catch (IOException e) {
            return null;
        }
    }
}
