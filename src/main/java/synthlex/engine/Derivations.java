package synthlex.engine;

import java.util.ArrayList;
import java.util.List;
import synthlex.facts.Classification;
import synthlex.facts.Status;
import synthlex.rules.RuleBase;
import synthlex.rules.RuleInfo;

/**
 * What one evaluation's rules derive, collected as they fire. Obligation rules record a
 * {@link Finding} here rather than inserting a fact that no rule matches (an insert is a pass
 * through the network and a fact handle, for nothing); classifications are inserted as well,
 * since obligation rules match them, and kept here so that a further derivation finds its twin
 * without scanning working memory. Rules fire on the thread that calls {@code fireAllRules}, so
 * the evaluation in progress is a thread-local, set only while its rules fire.
 */
final class Derivations {
    private static final ThreadLocal<Derivations> CURRENT = new ThreadLocal<>();

    private final RuleBase ruleBase;
    private final List<Finding> findings = new ArrayList<>();
    private final List<Classification> classifications = new ArrayList<>();

    /** Starts collecting for an evaluation on this thread; {@link #end()} stops it. */
    private Derivations(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    static Derivations begin(RuleBase ruleBase) {
        Derivations d = new Derivations(ruleBase);
        CURRENT.set(d);
        return d;
    }

    static void end() {
        CURRENT.remove();
    }

    static Derivations current() {
        Derivations d = CURRENT.get();
        if (d == null) throw new IllegalStateException("rules fired outside an evaluation: sessions are run by the Evaluator only");
        return d;
    }

    /** The metadata of the rule firing now. */
    RuleInfo info(org.kie.api.definition.rule.Rule rule) { return ruleBase.info(rule); }

    void add(Finding f) { findings.add(f); }

    void add(Classification c) { classifications.add(c); }

    /** The classification with this id and status derived so far, or null (a session holds few). */
    Classification classification(String id, Status status) {
        for (Classification c : classifications) {
            if (c.getStatus() == status && c.getId().equals(id)) return c;
        }
        return null;
    }

    List<Finding> findings() { return findings; }

    List<Classification> classifications() { return classifications; }
}
