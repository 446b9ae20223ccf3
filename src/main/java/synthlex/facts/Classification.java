package synthlex.facts;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A legal classification derived by a rule in classification.drl, e.g. "deep-synthesis-service-provider".
 * Obligation rules match it by {@code id}; an undetermined classification makes them undetermined too.
 *
 * <p>A session holds at most one classification per id and status: a further derivation adds its
 * reasons to the one there (see RuleActions.classify), so matches do not multiply with every
 * capability. Reasons are read only after the rules have settled, through {@link #facts()} and
 * {@link #missing()}, which include those of the classifications it was derived from.
 */
public final class Classification implements Evidence {
    private final String id;
    private final Status status;
    private final int order;
    private final Set<String> directFacts = new LinkedHashSet<>();
    private final Set<Field> directMissing = new LinkedHashSet<>();
    private final Set<Classification> derivedFrom = new LinkedHashSet<>();
    /** Every rule that derived it, the first first: each adds its citations to the answer. */
    private final Set<String> rules = new LinkedHashSet<>(2);
    /** Computed once the rules have settled; a new derivation clears them. */
    private List<String> facts;
    private List<Field> missing;

    /** {@code order} is the deriving rule's place in the rule base, where answers list the classification. */
    public Classification(String id, Status status, String rule, int order) {
        this.id = id;
        this.status = status;
        this.order = order;
        this.rules.add(rule);
    }

    public String getId() { return id; }

    public Status getStatus() { return status; }

    /** The first rule that derived it: its title names the classification. */
    public String rule() { return rules.iterator().next(); }

    public int order() { return order; }

    /** Every rule that derived it, in the order they fired. */
    public Set<String> rules() { return rules; }

    /** Another rule derived the same classification with the same status. */
    public void derivedAlsoBy(String rule) { rules.add(rule); }

    /** Adds one derivation's grounds: the facts and classifications it matched, and what it lacks. */
    public void addGrounds(List<String> facts, List<Field> missing, List<Classification> from) {
        directFacts.addAll(facts);
        directMissing.addAll(missing);
        derivedFrom.addAll(from);
        this.facts = null;
        this.missing = null;
    }

    /** The product facts behind it, in plain words, including those behind what it was derived from. */
    public List<String> facts() {
        if (facts == null) {
            Set<String> out = new LinkedHashSet<>(directFacts);
            for (Classification c : derivedFrom) out.addAll(c.facts());
            facts = List.copyOf(out);
        }
        return facts;
    }

    @Override public List<Field> missing() {
        if (missing == null) {
            Set<Field> out = new LinkedHashSet<>(directMissing);
            for (Classification c : derivedFrom) out.addAll(c.missing());
            missing = List.copyOf(out);
        }
        return missing;
    }

    @Override public String because() { return id; }

    @Override public String toString() { return "Classification(" + id + ", " + status.code() + ")"; }
}
