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
        Map<String, Integer> byStatus = zeros(Status.values());
        Map<String, Integer> byBearer = zeros(Role.values());
        Map<String, Integer> byTiming = zeros(When.values());
        List<ObligationResult> due = new ArrayList<>();
        for (ObligationResult o : obligations) {
            byStatus.merge(o.status().code(), 1, Integer::sum);
            byBearer.merge(o.bearer().code(), 1, Integer::sum);
            if (o.timing() != null) byTiming.merge(o.timing().when().code(), 1, Integer::sum);
            if (o.status() == Status.APPLIES && o.timing() != null && o.timing().when().ordinal() <= When.WITHIN.ordinal()) due.add(o);
        }
        // a stable sort: ties keep the answer's order
        due.sort(Comparator.comparing((ObligationResult o) -> spec(o.timing()), TimingSpec.EARLIEST));
        List<NextAction> next = new ArrayList<>(NEXT);
        for (ObligationResult o : due.subList(0, Math.min(NEXT, due.size()))) {
            Timing t = o.timing();
            next.add(new NextAction(o.id(), o.title(), t.when(), t.period(), t.workingDays(), t.from()));
        }
        return new Summary(obligations.size(), Collections.unmodifiableMap(byStatus), Collections.unmodifiableMap(byBearer),
                Collections.unmodifiableMap(byTiming), upcoming.size(), List.copyOf(next));
    }

    private static TimingSpec spec(Timing t) {
        return new TimingSpec(t.when(), t.period(), t.countsWorkingDays(), t.from(), t.every(), null);
    }

    private static Map<String, Integer> zeros(synthlex.model.Code[] codes) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (synthlex.model.Code c : codes) m.put(c.code(), 0);
        return m;
    }
}
