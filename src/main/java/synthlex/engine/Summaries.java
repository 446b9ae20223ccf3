package synthlex.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import synthlex.engine.Evaluation.NextAction;
import synthlex.engine.Evaluation.ObligationResult;
import synthlex.engine.Evaluation.Summary;
import synthlex.facts.Status;
import synthlex.model.Role;
import synthlex.timing.Timing;
import synthlex.timing.TimingSpec;
import synthlex.timing.When;

/**
 * The answer's {@code summary}. {@code next} holds at most {@link #NEXT} obligations that apply
 * and have something to do by a date: those due before launch first, then those due at launch,
 * then those due within a period, the shortest period first; within each group in the answer's
 * own order (rule-base order), so the same answer always gives the same list. Undetermined
 * obligations wait for their questions; periodic, event-driven and standing duties have no first
 * moment to put in a plan's opening lines.
 */
final class Summaries {
    static final int NEXT = 5;

    private Summaries() { }

    static Summary of(List<ObligationResult> obligations, List<ObligationResult> upcoming) {
        int[] byStatus = new int[Status.values().length], byBearer = new int[Role.values().length], byTiming = new int[When.values().length];
        List<Due> due = new ArrayList<>();
        for (ObligationResult o : obligations) {
            byStatus[o.status().ordinal()]++;
            byBearer[o.bearer().ordinal()]++;
            if (o.timing() != null) byTiming[o.timing().when().ordinal()]++;
            if (o.status() == Status.APPLIES && o.timing() != null && o.timing().when().ordinal() <= When.WITHIN.ordinal()) {
                due.add(new Due(o, spec(o.timing())));
            }
        }
        // a stable sort: ties keep the answer's order
        due.sort(Comparator.comparingInt(Due::when).thenComparingDouble(Due::days));
        List<NextAction> next = new ArrayList<>(NEXT);
        for (Due d : due.subList(0, Math.min(NEXT, due.size()))) {
            Timing t = d.obligation().timing();
            next.add(new NextAction(d.obligation().id(), d.obligation().title(), t.when(), t.period(), t.workingDays(), t.from()));
        }
        return new Summary(obligations.size(), counts(Status.values(), byStatus), counts(Role.values(), byBearer),
                counts(When.values(), byTiming), upcoming.size(), List.copyOf(next));
    }

    /** An obligation due by a date, with its place in {@link TimingSpec#EARLIEST}'s order worked out once. */
    private record Due(ObligationResult obligation, int when, double days) {
        Due(ObligationResult obligation, TimingSpec spec) {
            this(obligation, spec.when().ordinal(), spec.approxDays());
        }
    }

    private static TimingSpec spec(Timing t) {
        return new TimingSpec(t.when(), t.period(), t.countsWorkingDays(), t.from(), t.every(), null);
    }

    /** Every code of the enum, in its order, with its count (zero included). */
    private static Map<String, Integer> counts(synthlex.model.Code[] codes, int[] counts) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < codes.length; i++) m.put(codes[i].code(), counts[i]);
        return Collections.unmodifiableMap(m);
    }
}
