package synthlex.engine;

import java.util.ArrayList;
import java.util.List;
import org.drools.core.rule.consequence.KnowledgeHelper;
import synthlex.facts.Classification;
import synthlex.facts.Evidence;
import synthlex.facts.Field;
import synthlex.facts.Status;
import synthlex.rules.RuleInfo;

/**
 * The one-line consequences rule files call ({@code then classify(drools); end} and
 * {@code then obligation(drools); end}). Everything else a rule says lives in its metadata, so the
 * consequence only records what was matched, in the evaluation's {@link Derivations}.
 */
public final class RuleActions {
    /** Metadata key naming the classification a rule derives; never a fact class name (Drools pitfall). */
    public static final String CLASSIFIES = "classifies";

    private RuleActions() { }

    /**
     * Derives the rule's classification. If one with the same id and status is already in the
     * session, this derivation's reasons are added to it instead of inserting a second one.
     */
    public static void classify(KnowledgeHelper drools) {
        Derivations derived = Derivations.current();
        RuleInfo info = derived.info(drools.getRule());
        String id = info.classifies();
        if (id == null) {
            throw new IllegalStateException("rule \"" + drools.getRule().getName() + "\" calls classify() without @classifies");
        }
        Grounds g = Grounds.of(drools.getMatch().getObjects());
        Status status = g.status();
        Classification existing = derived.classification(id, status);
        String rule = drools.getRule().getName();
        if (existing != null) {
            existing.addGrounds(g.factWords(), g.directMissing(), g.classifications());
            existing.derivedAlsoBy(rule);
            return;
        }
        Classification c = new Classification(id, status, rule, info.order());
        c.addGrounds(g.factWords(), g.directMissing(), g.classifications());
        derived.add(c);
        drools.insert(c);
    }

    public static void obligation(KnowledgeHelper drools) {
        Derivations derived = Derivations.current();
        Grounds g = Grounds.of(drools.getMatch().getObjects());
        derived.add(new Finding(derived.info(drools.getRule()), g.classifications(), g.facts()));
    }

    /** What a match rests on: the classifications and the other facts it matched (a handful each). */
    private record Grounds(List<Classification> classifications, List<Evidence> facts) {
        static Grounds of(List<Object> objects) {
            List<Classification> classifications = new ArrayList<>(2);
            List<Evidence> facts = new ArrayList<>(2);
            for (Object o : objects) {
                if (o instanceof Classification c) {
                    if (!classifications.contains(c)) classifications.add(c);
                } else if (o instanceof Evidence e) {
                    facts.add(e);
                }
            }
            return new Grounds(classifications, facts);
        }

        List<String> factWords() {
            List<String> out = new ArrayList<>(facts.size());
            for (Evidence f : facts) if (!out.contains(f.because())) out.add(f.because());
            return out;
        }

        List<Field> directMissing() {
            List<Field> out = new ArrayList<>(1);
            for (Evidence f : facts) for (Field m : f.missing()) if (!out.contains(m)) out.add(m);
            return out;
        }

        /** Undetermined if anything matched is unknown; classifications count as they stand now. */
        Status status() {
            if (!directMissing().isEmpty()) return Status.UNDETERMINED;
            for (Classification c : classifications) if (c.getStatus() == Status.UNDETERMINED) return Status.UNDETERMINED;
            return Status.APPLIES;
        }
    }
}
