package synthlex.facts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One obligation rule that fired: which rule and what it matched. The evaluator merges findings
 * of the same obligation id and reads kind, bearer and citations from the rule's metadata. What is
 * missing is read after the rules settle, since a classification it matched may gain reasons later.
 *
 * @param classifications the classifications the rule matched
 * @param facts           the product facts the rule matched directly
 */
public record Finding(String rule, List<Classification> classifications, List<Evidence> facts) {

    public Status status() { return missing().isEmpty() ? Status.APPLIES : Status.UNDETERMINED; }

    public List<Field> missing() {
        Set<Field> out = new LinkedHashSet<>();
        classifications.forEach(c -> out.addAll(c.missing()));
        facts.forEach(f -> out.addAll(f.missing()));
        return List.copyOf(out);
    }

    public List<String> classificationIds() { return classifications.stream().map(Classification::getId).toList(); }

    public List<String> factWords() { return facts.stream().map(Evidence::because).toList(); }

    /** The answer's {@code because}: classifications first, then direct facts. */
    public List<String> because() {
        List<String> out = new ArrayList<>(classificationIds());
        out.addAll(factWords());
        return out;
    }
}
