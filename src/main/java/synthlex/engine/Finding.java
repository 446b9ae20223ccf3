package synthlex.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import synthlex.engine.Evaluation.TraceStep;
import synthlex.facts.Classification;
import synthlex.facts.Evidence;
import synthlex.facts.Field;
import synthlex.facts.Status;
import synthlex.rules.RuleInfo;

/**
 * One obligation rule that fired: which rule and what it matched. The evaluator merges findings
 * of the same obligation id and reads kind, bearer and citations from the rule's metadata. What is
 * missing is read after the rules settle ({@link #settle()}), since a classification it matched
 * may gain reasons later.
 *
 * @param classifications the classifications the rule matched
 * @param facts           the product facts the rule matched directly
 */
record Finding(RuleInfo rule, List<Classification> classifications, List<Evidence> facts) {

    /** What the answer needs of this finding, computed once the rules have settled. */
    Settled settle() {
        EnumSet<Field> missing = EnumSet.noneOf(Field.class);
        List<String> because = new ArrayList<>(classifications.size() + facts.size());
        for (Classification c : classifications) {
            missing.addAll(c.missing());
            because.add(c.getId());
        }
        for (Evidence f : facts) {
            missing.addAll(f.missing());
            because.add(f.because());
        }
        return new Settled(this, missing.isEmpty() ? Status.APPLIES : Status.UNDETERMINED,
                Collections.unmodifiableList(because), missing);
    }

    /**
     * A finding as the answer uses it. {@code because} lists classifications first, then direct
     * facts; {@code missing} is in the API's field order.
     */
    static final class Settled {
        final RuleInfo rule;
        final Status status;
        final List<String> because;
        final EnumSet<Field> missing;
        private final Finding finding;
        private String reasonKey;

        Settled(Finding finding, Status status, List<String> because, EnumSet<Field> missing) {
            this.finding = finding;
            this.rule = finding.rule();
            this.status = status;
            this.because = because;
            this.missing = missing;
        }

        /** For explain: the rule, and the classifications and facts it matched. */
        TraceStep traceStep() {
            List<String> ids = new ArrayList<>(finding.classifications().size());
            for (Classification c : finding.classifications()) ids.add(c.getId());
            List<String> words = new ArrayList<>(finding.facts().size());
            for (Evidence f : finding.facts()) words.add(f.because());
            return new TraceStep(rule.ref(), status, List.copyOf(ids), List.copyOf(words));
        }

        /**
         * Answers list findings by rule, then by reasons: one rule can match several facts (one
         * finding per capability, say), and the order must not depend on the order they fired in.
         */
        static int compare(Settled a, Settled b) {
            int byRule = Integer.compare(a.rule.order(), b.rule.order());
            return byRule != 0 ? byRule : a.reasonKey().compareTo(b.reasonKey());
        }

        private String reasonKey() {
            if (reasonKey == null) reasonKey = String.join("|", because);
            return reasonKey;
        }
    }
}
