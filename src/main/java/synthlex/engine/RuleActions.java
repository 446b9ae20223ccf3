package synthlex.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.drools.core.rule.consequence.KnowledgeHelper;
import org.kie.api.runtime.ClassObjectFilter;
import synthlex.facts.Classification;
import synthlex.facts.Evidence;
import synthlex.facts.Field;
import synthlex.facts.Finding;
import synthlex.facts.Status;

/**
 * The one-line consequences rule files call ({@code then classify(drools); end} and
 * {@code then obligation(drools); end}). Everything else a rule says lives in its metadata, so the
 * consequence only records what was matched.
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
        Object id = drools.getRule().getMetaData().get(CLASSIFIES);
        if (id == null) {
            throw new IllegalStateException("rule \"" + drools.getRule().getName() + "\" calls classify() without @classifies");
        }
        Grounds g = Grounds.of(drools.getMatch().getObjects());
        Status status = g.status();
        for (Object o : drools.getWorkingMemory().getObjects(new ClassObjectFilter(Classification.class))) {
            Classification existing = (Classification) o;
            if (existing.getId().equals(id.toString()) && existing.getStatus() == status) {
                existing.addGrounds(g.factWords(), g.directMissing(), g.classifications());
                return;
            }
        }
        Classification c = new Classification(id.toString(), status, drools.getRule().getName());
        c.addGrounds(g.factWords(), g.directMissing(), g.classifications());
        drools.insert(c);
    }

    public static void obligation(KnowledgeHelper drools) {
        Grounds g = Grounds.of(drools.getMatch().getObjects());
        drools.insert(new Finding(drools.getRule().getName(), g.classifications(), g.facts()));
    }

    /** What a match rests on: the classifications and the other facts it matched. */
    private record Grounds(List<Classification> classifications, List<Evidence> facts) {
        static Grounds of(List<Object> objects) {
            Set<Classification> classifications = new LinkedHashSet<>();
            List<Evidence> facts = new ArrayList<>();
            for (Object o : objects) {
                if (o instanceof Classification c) classifications.add(c);
                else if (o instanceof Evidence e) facts.add(e);
            }
            return new Grounds(List.copyOf(classifications), List.copyOf(facts));
        }

        List<String> factWords() { return facts.stream().map(Evidence::because).distinct().toList(); }

        List<Field> directMissing() {
            Set<Field> out = new LinkedHashSet<>();
            facts.forEach(f -> out.addAll(f.missing()));
            return List.copyOf(out);
        }

        /** Undetermined if anything matched is unknown; classifications count as they stand now. */
        Status status() {
            boolean unknown = !directMissing().isEmpty() || classifications.stream().anyMatch(c -> c.getStatus() == Status.UNDETERMINED);
            return unknown ? Status.UNDETERMINED : Status.APPLIES;
        }
    }
}
