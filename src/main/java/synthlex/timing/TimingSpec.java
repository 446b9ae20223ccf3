package synthlex.timing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import synthlex.law.Citation;

/**
 * One timing as a rule states it in {@code @timing} (see {@link TimingSyntax}), with the provision
 * that fixes it ({@code @timingBasis}); {@code basis} is null where the rule leaves it to its own
 * citations (then the answer names the first of them that is in force on the day asked about).
 */
public record TimingSpec(When when, String period, boolean workingDays, Trigger from, String every, Citation basis) {

    /**
     * The earliest first: before launch, at launch, within a period (the shorter first, a working
     * day counted as 7/5 of a day), periodic (the shorter interval first, those the law gives no
     * interval last), on an event, ongoing. When several rules ground one obligation, the answer
     * takes the timing of the earliest (see Evaluator), since the service must meet every law that
     * applies to it and meets them all by meeting the strictest.
     */
    public static final Comparator<TimingSpec> EARLIEST = Comparator
            .comparingInt((TimingSpec t) -> t.when().ordinal())
            .thenComparingDouble(TimingSpec::approxDays);

    /** The period or interval in days, roughly (a working day 7/5 of a day), for ordering; no period or interval sorts last. */
    public double approxDays() {
        if (period != null) return Durations.approxDays(period, workingDays);
        if (every != null) return Durations.approxDays(every, false);
        return Double.MAX_VALUE;
    }

    /** The answer's {@code timing}, naming {@code basis} (this spec's own, or the one the evaluator chose). */
    public Timing toTiming(Citation basis, List<Timing> also) {
        return new Timing(when, period, workingDays ? Boolean.TRUE : null, from, every,
                basis == null ? null : basis.label(), also == null || also.isEmpty() ? null : List.copyOf(also));
    }

    /** As a rule file writes it, e.g. {@code within P10D working-days from launch}. */
    public String text() {
        List<String> parts = new ArrayList<>(6);
        parts.add(when.code());
        if (period != null) parts.add(period);
        if (workingDays) parts.add(TimingSyntax.WORKING_DAYS);
        if (every != null) parts.add("every " + every);
        if (from != null) parts.add("from " + from.code());
        return String.join(" ", parts);
    }

    @Override public String toString() { return text(); }
}
