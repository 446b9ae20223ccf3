package synthlex.engine;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.KieSession;
import synthlex.engine.Evaluation.ClassificationResult;
import synthlex.engine.Evaluation.ObligationResult;
import synthlex.engine.Evaluation.RuleBaseRef;
import synthlex.engine.Evaluation.TraceStep;
import synthlex.engine.Options.Lang;
import synthlex.facts.AsOf;
import synthlex.facts.Classification;
import synthlex.facts.Field;
import synthlex.facts.Status;
import synthlex.law.Citation;
import synthlex.model.ServiceDescription;
import synthlex.rules.RuleBase;
import synthlex.rules.RuleInfo;
import synthlex.rules.RuleRef;

/**
 * The one evaluator behind the API, the CLI and the scenario runner. It runs the rules on a fresh
 * session, then merges what fired: several rules may ground one obligation (each with its own
 * basis), and an obligation applies if any applying basis is in force on {@code asOf}.
 */
public final class Evaluator {
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** A rule base whose rules keep firing past this is broken (a loop), not slow. */
    private static final int MAX_FIRINGS = 100_000;

    private final RuleBase ruleBase;

    public Evaluator(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    public RuleBase ruleBase() { return ruleBase; }

    public Evaluation evaluate(ServiceDescription service) {
        return evaluate(service, Options.DEFAULT);
    }

    public Evaluation evaluate(ServiceDescription service, Options options) {
        Evaluation answer = answer(service, options);
        return options.explain() ? answer.withNearMisses(NearMisses.find(this, service, answer, options.lang())) : answer;
    }

    /** The answer without near misses (they need answers to other services first). */
    Evaluation answer(ServiceDescription service, Options options) {
        LocalDate asOf = service.asOf() != null ? service.asOf() : LocalDate.now(CHINA);
        boolean zh = options.lang() == Lang.ZH;
        Derivations derived = fire(service, asOf);

        List<ClassificationResult> classifications = mergeClassifications(derived.classifications(), zh);
        List<Finding.Settled> settled = new ArrayList<>(derived.findings().size());
        for (Finding f : derived.findings()) settled.add(f.settle());
        settled.sort(Finding.Settled::compare);
        Map<String, List<Finding.Settled>> byObligation = new LinkedHashMap<>();
        for (Finding.Settled f : settled) byObligation.computeIfAbsent(f.rule.obligationId(), k -> new ArrayList<>(2)).add(f);

        List<ObligationResult> obligations = new ArrayList<>(byObligation.size());
        List<ObligationResult> upcoming = new ArrayList<>();
        for (List<Finding.Settled> findings : byObligation.values()) {
            ObligationResult now = merge(findings, true, asOf, options);
            if (now != null) {
                obligations.add(now);
            } else {
                ObligationResult later = merge(findings, false, asOf, options);
                if (later != null) upcoming.add(later);
            }
        }
        return new Evaluation(service.name(), asOf, new RuleBaseRef(ruleBase.version(), ruleBase.loadedAt()),
                classifications, obligations, upcoming, Questions.group(obligations, upcoming, classifications, zh), null);
    }

    private Derivations fire(ServiceDescription service, LocalDate asOf) {
        KieSession session = ruleBase.newSession();
        Derivations derived = Derivations.begin(ruleBase);
        try {
            for (Object fact : FactMapper.facts(service)) session.insert(fact);
            session.insert(new AsOf(asOf));
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new IllegalStateException("rules fired " + MAX_FIRINGS + " times without settling: a rule loops");
            }
            return derived;
        } finally {
            Derivations.end();
            session.dispose();
        }
    }

    /** Whether a basis counts: in force on {@code asOf} ({@code now}), or else still to come. */
    private static boolean counts(Citation c, boolean now, LocalDate asOf) {
        return now ? c.inForceOn(asOf) : c.upcomingOn(asOf);
    }

    /**
     * One obligation from the findings with a basis that {@link #counts}: it applies if any such
     * finding applies (citing the bases of those), else it is undetermined (citing all, naming
     * every missing fact). Null when no finding has such a basis.
     */
    private ObligationResult merge(List<Finding.Settled> findings, boolean now, LocalDate asOf, Options options) {
        List<Finding.Settled> grounded = new ArrayList<>(findings.size());
        boolean anyApplies = false;
        for (Finding.Settled f : findings) {
            for (Citation c : f.rule.citations()) {
                if (counts(c, now, asOf)) {
                    grounded.add(f);
                    anyApplies |= f.status == Status.APPLIES;
                    break;
                }
            }
        }
        if (grounded.isEmpty()) return null;
        Status status = anyApplies ? Status.APPLIES : Status.UNDETERMINED;

        // a handful of entries each: lists with contains() beat hashing here
        List<Citation> citations = new ArrayList<>(4);
        List<Citation> later = new ArrayList<>(0);
        List<String> because = new ArrayList<>(4);
        EnumSet<Field> missing = EnumSet.noneOf(Field.class);
        List<RuleRef> rules = new ArrayList<>(2);
        List<TraceStep> trace = options.explain() ? new ArrayList<>() : null;
        String reading = null;
        Finding.Settled first = null;
        for (Finding.Settled f : grounded) {
            if (anyApplies && f.status != Status.APPLIES) continue;
            if (first == null) first = f;
            RuleInfo rule = f.rule;
            for (Citation c : rule.citations()) {
                if (counts(c, now, asOf)) addOnce(citations, c);
                else if (c.upcomingOn(asOf)) addOnce(later, c);
            }
            for (String b : f.because) addOnce(because, b);
            if (!anyApplies) missing.addAll(f.missing);
            RuleRef ref = rule.ref();
            addOnce(rules, ref);
            if (trace != null) addOnce(trace, new TraceStep(ref, f.status, f.classificationIds, f.factWords));
            if (reading == null) reading = rule.reading();
        }
        later.removeAll(citations);
        RuleInfo rule = first.rule;
        boolean zh = options.lang() == Lang.ZH;
        LocalDate effective = null;
        for (Citation c : citations) {
            if (!c.inForceOn(asOf) && (effective == null || c.effective().isBefore(effective))) effective = c.effective();
        }
        return new ObligationResult(rule.obligationId(), rule.kind(), rule.bearer(), status, rule.title(zh),
                rule.summary(zh), List.copyOf(citations), List.copyOf(because), pointers(missing),
                Questions.of(missing, zh), rule.ref(), rules.size() > 1 ? List.copyOf(rules) : null, reading,
                effective, later.isEmpty() ? null : List.copyOf(later), trace);
    }

    private static <T> void addOnce(List<T> list, T item) {
        if (!list.contains(item)) list.add(item);
    }

    private List<ClassificationResult> mergeClassifications(List<Classification> derived, boolean zh) {
        List<Classification> sorted = new ArrayList<>(derived);
        sorted.sort(Comparator.<Classification>comparingInt(c -> ruleBase.rule(c.rule()).order())
                .thenComparing(c -> c.facts().toString()));
        Map<String, List<Classification>> byId = new LinkedHashMap<>();
        for (Classification c : sorted) byId.computeIfAbsent(c.getId(), k -> new ArrayList<>(2)).add(c);
        List<ClassificationResult> out = new ArrayList<>(byId.size());
        for (Map.Entry<String, List<Classification>> e : byId.entrySet()) {
            List<Classification> used = new ArrayList<>(2);
            for (Classification c : e.getValue()) if (c.getStatus() == Status.APPLIES) used.add(c);
            Status status = used.isEmpty() ? Status.UNDETERMINED : Status.APPLIES;
            if (used.isEmpty()) used = e.getValue();
            List<String> because = new ArrayList<>();
            EnumSet<Field> missing = EnumSet.noneOf(Field.class);
            List<Citation> citations = new ArrayList<>(2);
            for (Classification c : used) {
                for (String f : c.facts()) addOnce(because, f);
                if (status == Status.UNDETERMINED) missing.addAll(c.missing());
                for (Citation cite : ruleBase.rule(c.rule()).citations()) addOnce(citations, cite);
            }
            out.add(new ClassificationResult(e.getKey(), ruleBase.rule(used.get(0).rule()).title(zh), status,
                    List.copyOf(because), pointers(missing), Questions.of(missing, zh), List.copyOf(citations)));
        }
        return out;
    }

    /** Missing facts in the order the API lists its fields (an EnumSet's order), whatever order the rules fired in. */
    private static List<String> pointers(EnumSet<Field> fields) {
        List<String> out = new ArrayList<>(fields.size());
        for (Field f : fields) out.add(f.pointer());
        return List.copyOf(out);
    }
}
