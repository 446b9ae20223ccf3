package synthlex.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import synthlex.engine.Evaluation.ObligationResult;
import synthlex.facts.Status;
import synthlex.law.Citation;
import synthlex.law.InstrumentStatus;
import synthlex.model.Role;
import synthlex.model.ServiceDescription;
import synthlex.rules.ObligationKind;
import synthlex.rules.RuleInfo;

/**
 * What a service must do over time: the range from..to cut at every day on which law the rules
 * cite came into force (or was repealed) and the answer changed, each period with the
 * obligations added and removed at its start and the citations gained or lost by those that stay.
 */
public final class Timeline {

    public record Result(String name, LocalDate from, LocalDate to, Evaluation.RuleBaseRef ruleBase, List<Period> periods) { }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Period(LocalDate from, LocalDate to, List<Entry> obligations, List<Entry> added, List<Entry> removed,
                         List<CitationChange> citationsGained, List<CitationChange> citationsLost) { }

    /** An obligation as a timeline shows it: what, who, whether, and on which bases. */
    public record Entry(String id, ObligationKind kind, Role bearer, Status status, String title, List<String> citations) {
        static Entry of(ObligationResult o) {
            return new Entry(o.id(), o.kind(), o.bearer(), o.status(), o.title(), o.citations().stream().map(Citation::ref).toList());
        }
    }

    public record CitationChange(String obligation, List<String> citations) { }

    private Timeline() { }

    public static Result of(Evaluator evaluator, ServiceDescription service, LocalDate from, LocalDate to, Options options) {
        List<LocalDate> days = new ArrayList<>();
        days.add(from);
        for (LocalDate day : lawDates(evaluator)) if (day.isAfter(from) && !day.isAfter(to)) days.add(day);

        // the answer on each day the law changed, keeping only the days on which the answer changed too
        List<LocalDate> starts = new ArrayList<>();
        List<Map<String, Entry>> answers = new ArrayList<>();
        for (LocalDate day : days) {
            Map<String, Entry> now = new LinkedHashMap<>();
            evaluator.answer(service.withAsOf(day), options).obligations().forEach(o -> now.put(o.id(), Entry.of(o)));
            if (!answers.isEmpty() && answers.get(answers.size() - 1).equals(now)) continue;
            starts.add(day);
            answers.add(now);
        }
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            LocalDate end = i + 1 < starts.size() ? starts.get(i + 1).minusDays(1) : to;
            periods.add(period(starts.get(i), end, i == 0 ? null : answers.get(i - 1), answers.get(i)));
        }
        Evaluation.RuleBaseRef rb = new Evaluation.RuleBaseRef(evaluator.ruleBase().version(), evaluator.ruleBase().loadedAt());
        return new Result(service.name(), from, to, rb, periods);
    }

    private static Period period(LocalDate start, LocalDate end, Map<String, Entry> before, Map<String, Entry> now) {
        List<Entry> current = List.copyOf(now.values());
        if (before == null) return new Period(start, end, current, List.of(), List.of(), List.of(), List.of());
        List<Entry> added = now.values().stream().filter(x -> !before.containsKey(x.id())).toList();
        List<Entry> removed = before.values().stream().filter(x -> !now.containsKey(x.id())).toList();
        List<CitationChange> gained = new ArrayList<>();
        List<CitationChange> lost = new ArrayList<>();
        for (Entry x : now.values()) {
            Entry was = before.get(x.id());
            if (was == null) continue;
            List<String> plus = x.citations().stream().filter(c -> !was.citations().contains(c)).toList();
            List<String> minus = was.citations().stream().filter(c -> !x.citations().contains(c)).toList();
            if (!plus.isEmpty()) gained.add(new CitationChange(x.id(), plus));
            if (!minus.isEmpty()) lost.add(new CitationChange(x.id(), minus));
        }
        return new Period(start, end, current, added, removed, gained, lost);
    }

    /** Every day on which a provision some rule cites comes into force, is repealed or is superseded by an amended text. */
    private static TreeSet<LocalDate> lawDates(Evaluator evaluator) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (RuleInfo r : evaluator.ruleBase().rules()) {
            for (Citation c : r.citations()) {
                if (c.source().status() == InstrumentStatus.DRAFT) continue;
                if (c.effective() != null) days.add(c.effective());
                if (c.source().repealed() != null) days.add(c.source().repealed());
                if (c.source().supersededOn() != null) days.add(c.source().supersededOn());
            }
        }
        return days;
    }

}
