package synthlex.rules;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import synthlex.law.SourceCatalog;

/**
 * An immutable, shareable rule base: the compiled rules, the registered law they cite, their
 * metadata, and a version that hashes every rule and source file.
 */
public final class RuleBase {
    /** Where each compiled rule carries its {@link RuleInfo}; not a metadata key a rule file can write. */
    private static final String INFO = "synthlex.info";
    private final KieBase kieBase;
    private final SourceCatalog sources;
    private final List<RuleInfo> rules;
    private final Map<String, RuleInfo> byName;
    private final String version;
    private final Instant loadedAt;
    private final Path directory;
    private final synthlex.timing.PrcCalendar calendar;
    /**
     * Idle sessions, reset and ready: a session is reused because it keeps its node memories, which a
     * new one would allocate again. Reset by hand rather than through Drools' KieSessionsPool, whose
     * bookkeeping measured 3–4 % of an evaluation (docs/performance.md); at most two per core wait.
     */
    private final ArrayBlockingQueue<KieSession> idle = new ArrayBlockingQueue<>(Runtime.getRuntime().availableProcessors() * 2);
    private final boolean fromCache;
    /** Each rule's metadata by its Drools load order; null when load orders repeat. */
    private final RuleInfo[] byLoadOrder;

    RuleBase(KieBase kieBase, SourceCatalog sources, List<RuleInfo> rules, String version, Instant loadedAt, Path directory,
             synthlex.timing.PrcCalendar calendar, boolean fromCache) {
        this.calendar = calendar;
        this.fromCache = fromCache;
        this.kieBase = kieBase;
        this.sources = sources;
        this.rules = List.copyOf(rules);
        Map<String, RuleInfo> byName = new HashMap<>();
        for (RuleInfo r : rules) byName.put(r.name(), r);
        // A consequence finds its rule's metadata by the rule's load order, an int on the rule it
        // fires for, in one array: a lookup by name, or in the rule's own metadata map, touches
        // several objects per firing and grew slower with the rule base (docs/performance.md §5).
        // Where load orders repeat (rule files in several packages), the rule's metadata map holds it;
        // attached after the compiled rules were cached, since the cache keeps Drools' objects only.
        List<Rule> compiled = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) compiled.addAll(pkg.getRules());
        RuleInfo[] byOrder = new RuleInfo[compiled.size()];
        for (Rule rule : compiled) {
            RuleInfo info = byName.get(rule.getName());
            if (info == null) continue;
            ((RuleImpl) rule).addMetaAttribute(INFO, info);
            int order = ((RuleImpl) rule).getLoadOrder();
            if (byOrder != null && order >= 0 && order < byOrder.length && byOrder[order] == null) byOrder[order] = info;
            else byOrder = null;
        }
        this.byLoadOrder = byOrder;
        this.byName = Collections.unmodifiableMap(byName);
        this.version = version;
        this.loadedAt = loadedAt;
        this.directory = directory;
    }

    /** A fresh (reset) session for one evaluation; give it back with {@link #release}. */
    public KieSession newSession() {
        KieSession session = idle.poll();
        return session != null ? session : kieBase.newKieSession();
    }

    /** Takes back a session from {@link #newSession}, reset to empty for the next evaluation. */
    public void release(KieSession session) {
        try {
            ((StatefulKnowledgeSessionImpl) session).reset();
        } catch (RuntimeException e) { // not reusable: let it go
            session.dispose();
            return;
        }
        if (!idle.offer(session)) session.dispose();
    }

    public KieBase kieBase() { return kieBase; }

    public SourceCatalog sources() { return sources; }

    /** Every rule, in rule-base order (file, then line). */
    public List<RuleInfo> rules() { return rules; }

    public RuleInfo rule(String name) { return byName.get(name); }

    /** Whether rules are found by load order (each rule its own), rather than in their metadata maps. */
    boolean indexedByLoadOrder() { return byLoadOrder != null; }

    /** The metadata of a rule of this rule base, as its consequence sees it (on every firing). */
    public RuleInfo info(Rule rule) {
        RuleImpl r = (RuleImpl) rule;
        return byLoadOrder != null ? byLoadOrder[r.getLoadOrder()] : (RuleInfo) r.getMetaData(INFO);
    }

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
