package synthlex.mutation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import synthlex.mutation.MutationCheck.Change;
import synthlex.mutation.MutationCheck.Mutant;
import synthlex.mutation.MutationCheck.Outcome;
import synthlex.rulebook.Conditions;
import synthlex.rules.RuleBase;
import synthlex.rules.RuleInfo;
import synthlex.scenarios.ScenarioResult;

/**
 * The outcome of a {@link MutationCheck}: the score, and for every mutant no scenario notices, a
 * line naming the rule (file:line) and saying what scenario would notice it.
 *
 * @param scenarios scenario files read
 * @param failing   scenarios that fail on the rule base as it is (then no mutant was run)
 * @param mutants   every mutant of the rules checked
 * @param outcomes  one per mutant, in the same order (empty if any scenario failed)
 */
public record MutationReport(RuleBase ruleBase, int scenarios, List<ScenarioResult> failing, List<Mutant> mutants,
                             List<Outcome> outcomes, double seconds) {
    /** Survivors shown with the scenarios whose unchecked answers they change, at most this many each. */
    private static final int CHANGES_SHOWN = 3;

    /** Whether the mutants were run at all (every scenario passed on the rule base as it is). */
    public boolean ran() { return failing.isEmpty(); }

    public List<Outcome> survivors() { return outcomes.stream().filter(Outcome::survived).toList(); }

    /** 0 when every mutant is noticed; 1 when one survives or a scenario fails on the rule base as it is. */
    public int exitCode() { return ran() && survivors().isEmpty() ? 0 : 1; }

    /** What the command prints: each survivor (or each failing scenario), then the score. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        if (!ran()) {
            for (ScenarioResult r : failing) {
                out.add("FAIL " + r.file() + "  " + r.name());
                r.failures().forEach(f -> out.add("     - " + f));
            }
            out.add("mutation: not run: " + failing.size() + " of " + scenarios + " scenarios fail on the rule base as it is,"
                    + " so no mutant could be told from the original; fix them first (test-scenarios)");
            return out;
        }
        Conditions conditions = new Conditions(ruleBase);
        for (Outcome o : survivors()) {
            out.add(message(o, conditions));
            String others = others(o.mutant().rule());
            if (o.mutant().dropped() == null && !others.isEmpty()) out.add("    " + others);
            List<Change> changes = o.changes();
            for (Change c : changes.subList(0, Math.min(CHANGES_SHOWN, changes.size()))) {
                out.add("    " + c.scenario() + " changes unchecked: " + String.join("; ", c.what()) + " — " + advice(c));
            }
            int more = changes.size() - CHANGES_SHOWN;
            if (more > 0) out.add("    (and " + more + " more " + (more == 1 ? "scenario)" : "scenarios)"));
            if (changes.isEmpty()) {
                out.add("    no scenario's answer changes without it: write a new scenario (no scenario's service meets its"
                        + " conditions, or other rules give the same answer)");
            }
        }
        if (!out.isEmpty()) out.add("");
        long rules = count(m -> m.dropped() == null), citations = count(m -> m.dropped() != null);
        out.add("mutation: " + (scenarios == 1 ? "1 scenario, " : scenarios + " scenarios, ") + mutants.size() + " mutants ("
                + rules + " rules removed, " + citations + " citations dropped) in " + String.format(Locale.ROOT, "%.1f", seconds) + " s");
        out.add(score(rules - survivors(m -> m.dropped() == null), rules, "rules noticed"));
        out.add(score(citations - survivors(m -> m.dropped() != null), citations, "dropped citations noticed"));
        return out;
    }

    /** One survivor: where the rule is, what no scenario notices, and the scenario that would. */
    String message(Outcome o, Conditions conditions) {
        RuleInfo r = o.mutant().rule();
        String where = r.file() + ":" + r.line() + ": rule \"" + r.name() + "\" ("
                + (r.isObligation() ? "obligation " + r.obligationId() : "classification " + r.classifies()) + "): ";
        String service = " for a service that " + String.join(" and ", conditions.of(r));
        if (o.mutant().dropped() != null) {
            String ref = o.mutant().dropped().ref();
            return where + "no scenario fails when its citation " + ref + " is dropped — add a scenario that expects "
                    + r.obligationId() + " citing " + ref + " (expect: obligations: [{id: " + r.obligationId() + ", citations: ["
                    + ref + "]}])" + service;
        }
        return where + "no scenario fails when it is removed — add a scenario that expects " + (r.isObligation()
                ? r.obligationId() + " with citations [" + String.join("; ", r.citationRefs()) + "]"
                : "classification " + r.classifies() + ", or an obligation that rests on it,") + service;
    }

    /** The other rules that give the same answer, which the missing scenario must tell this one from; "" if none. */
    private String others(RuleInfo r) {
        List<String> names = ruleBase.rules().stream()
                .filter(x -> !x.name().equals(r.name()))
                .filter(x -> r.isObligation() ? r.obligationId().equals(x.obligationId()) : r.classifies().equals(x.classifies()))
                .map(x -> "\"" + x.name() + "\"").toList();
        if (names.isEmpty()) return "";
        String shown = String.join(", ", names.subList(0, Math.min(3, names.size()))) + (names.size() > 3 ? ", …" : "");
        String rules = names.size() == 1 ? "1 other rule " : names.size() + " other rules ";
        return r.isObligation()
                ? rules + (names.size() == 1 ? "grounds " : "ground ") + r.obligationId() + " too (" + shown
                        + "): a scenario tells this one apart by its citations, or by a service only it applies to"
                : rules + (names.size() == 1 ? "derives " : "derive ") + r.classifies() + " too (" + shown
                        + "): the service must meet none of their conditions";
    }

    /** What to write in a scenario whose answer a survivor changes: expect what it loses, forbid what it gains. */
    private static String advice(Change c) {
        boolean loses = c.what().stream().anyMatch(w -> !w.startsWith("+ ")), gains = c.what().stream().anyMatch(w -> w.startsWith("+ "));
        return loses && gains ? "expect there what it loses (-, ~), or forbid what it gains (+)"
                : gains ? "forbid there what it gains (+)" : "expect there what it loses";
    }

    private long count(Predicate<Mutant> kind) {
        return mutants.stream().filter(kind).count();
    }

    private long survivors(Predicate<Mutant> kind) {
        return survivors().stream().map(Outcome::mutant).filter(kind).count();
    }

    private static String score(long noticed, long of, String what) {
        long percent = of == 0 ? 100 : noticed * 100 / of;
        return noticed + " of " + of + " " + what + " (" + percent + " %)";
    }
}
