package synthlex.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.drools.core.rule.consequence.KnowledgeHelper;
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

    public static void classify(KnowledgeHelper drools) {
        Object id = drools.getRule().getMetaData().get(CLASSIFIES);
        if (id == null) {
            throw new IllegalStateException("rule \"" + drools.getRule().getName() + "\" calls classify() without @classifies");
        }
        Grounds g = Grounds.of(drools.getMatch().getObjects(), true);
        drools.insert(new Classification(id.toString(), g.status(), g.because, g.missing, drools.getRule().getName()));
    }

    public static void obligation(KnowledgeHelper drools) {
        Grounds g = Grounds.of(drools.getMatch().getObjects(), false);
        drools.insert(new Finding(drools.getRule().getName(), g.status(), g.because, g.missing, g.matched));
    }

    /** What a match rests on: plain-words reasons and the unknown fields among them. */
    private record Grounds(List<String> because, List<Field> missing, List<String> matched) {
        static Grounds of(List<Object> objects, boolean flattenClassifications) {
            Set<String> because = new LinkedHashSet<>();
            Set<Field> missing = new LinkedHashSet<>();
            List<String> matched = new ArrayList<>();
            for (Object o : objects) {
                if (!(o instanceof Evidence e)) continue;
                if (flattenClassifications && e instanceof Classification c) {
                    because.addAll(c.facts());
                } else {
                    because.add(e.because());
                }
                missing.addAll(e.missing());
                matched.add(e instanceof Classification c ? "classification " + c.id() + " (" + c.status().code() + ")" : e.because());
            }
            return new Grounds(List.copyOf(because), List.copyOf(missing), matched);
        }

        Status status() { return missing.isEmpty() ? Status.APPLIES : Status.UNDETERMINED; }
    }
}
