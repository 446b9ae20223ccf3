package synthlex.rules;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import synthlex.law.SourceCatalog;

/**
 * An immutable, shareable rule base: the compiled rules, the registered law they cite, their
 * metadata, and a version that hashes every rule and source file.
 */
public final class RuleBase {
    private final KieBase kieBase;
    private final SourceCatalog sources;
    private final List<RuleInfo> rules;
    private final Map<String, RuleInfo> byName;
    private final String version;
    private final Instant loadedAt;
    private final Path directory;
    private final synthlex.timing.PrcCalendar calendar;
    /** Sessions are reused: a pooled session keeps its node memories, and is reset when disposed. */
    private final KieSessionsPool sessions;
    private final boolean fromCache;

    RuleBase(KieBase kieBase, SourceCatalog sources, List<RuleInfo> rules, String version, Instant loadedAt, Path directory,
             synthlex.timing.PrcCalendar calendar, boolean fromCache) {
        this.calendar = calendar;
        this.fromCache = fromCache;
        this.kieBase = kieBase;
        this.sources = sources;
        this.rules = List.copyOf(rules);
        Map<String, RuleInfo> byName = new HashMap<>(); // looked up on every rule firing: a HashMap probes less than Map.copyOf's table
        for (RuleInfo r : rules) byName.put(r.name(), r);
        this.byName = Collections.unmodifiableMap(byName);
        this.version = version;
        this.loadedAt = loadedAt;
        this.directory = directory;
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors() * 2);
    }

    /** A fresh (reset) session for one evaluation; dispose it to give it back. */
    public KieSession newSession() {
        return sessions.newKieSession();
    }

    public KieBase kieBase() { return kieBase; }

    public SourceCatalog sources() { return sources; }

    /** Every rule, in rule-base order (file, then line). */
    public List<RuleInfo> rules() { return rules; }

    public RuleInfo rule(String name) { return byName.get(name); }

    public String version() { return version; }

    public Instant loadedAt() { return loadedAt; }

    public Path directory() { return directory; }

    /** Whether the compiled rules came from the on-disk cache rather than a compile (see CompiledRulesCache). */
    public boolean fromCache() { return fromCache; }

    /** The official working-day calendar from sources/calendar/, for due dates; null when a rule set has none. */
    public synthlex.timing.PrcCalendar calendar() { return calendar; }

    public List<RuleInfo> obligationRules() { return rules.stream().filter(RuleInfo::isObligation).toList(); }

    public List<RuleInfo> classificationRules() { return rules.stream().filter(RuleInfo::isClassification).toList(); }
}
