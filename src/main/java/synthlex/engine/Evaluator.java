package synthlex.engine;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import synthlex.engine.Evaluation.ClassificationResult;
import synthlex.engine.Evaluation.ObligationResult;
import synthlex.engine.Evaluation.Question;
import synthlex.engine.Evaluation.RuleBaseRef;
import synthlex.engine.Evaluation.RuleRef;
import synthlex.engine.Evaluation.TraceStep;
import synthlex.engine.Options.Lang;
import synthlex.facts.AsOf;
import synthlex.facts.Classification;
import synthlex.facts.Field;
import synthlex.facts.Finding;
import synthlex.facts.Status;
import synthlex.law.Citation;
import synthlex.model.ServiceDescription;
import synthlex.rules.RuleBase;
import synthlex.rules.RuleInfo;

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
        Fired fired = fire(service, asOf);

        List<ClassificationResult> classifications = mergeClassifications(fired.classifications(), zh);
        List<ObligationResult> obligations = new ArrayList<>();
        List<ObligationResult> upcoming = new ArrayList<>();
        List<Resolved> resolved = new ArrayList<>(fired.findings().size());
        for (Finding f : fired.findings()) resolved.add(Resolved.of(ruleBase.rule(f.rule()), f));
        resolved.sort(Resolved.ORDER);
        Map<String, List<Resolved>> byObligation = new LinkedHashMap<>();
        for (Resolved r : resolved) byObligation.computeIfAbsent(r.rule().obligationId(), k -> new ArrayList<>()).add(r);
        for (List<Resolved> findings : byObligation.values()) {
            ObligationResult now = merge(findings, c -> c.inForceOn(asOf), asOf, options);
            if (now != null) {
                obligations.add(now);
            } else {
                ObligationResult later = merge(findings, c -> c.upcomingOn(asOf), asOf, options);
                if (later != null) upcoming.add(later);
            }
        }
        return new Evaluation(service.name(), asOf, new RuleBaseRef(ruleBase.version(), ruleBase.loadedAt()),
                classifications, obligations, upcoming, Questions.group(obligations, upcoming, classifications, zh), null);
    }

    private record Fired(List<Classification> classifications, List<Finding> findings) { }

    private Fired fire(ServiceDescription service, LocalDate asOf) {
        KieSession session = ruleBase.newSession();
        try {
            FactMapper.facts(service).forEach(session::insert);
            session.insert(new AsOf(asOf));
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new IllegalStateException("rules fired " + MAX_FIRINGS + " times without settling: a rule loops");
            }
            List<Classification> classifications = new ArrayList<>();
            session.getObjects(new ClassObjectFilter(Classification.class)).forEach(o -> classifications.add((Classification) o));
            List<Finding> findings = new ArrayList<>();
            session.getObjects(new ClassObjectFilter(Finding.class)).forEach(o -> findings.add((Finding) o));
            return new Fired(classifications, findings);
        } finally {
            session.dispose();
        }
    }

    /**
     * One obligation from the findings whose bases pass {@code basisFilter}: it applies if any such
     * finding applies (citing the bases of those), else it is undetermined (citing all, naming
     * every missing fact). Null when no finding has such a basis.
     */
    private ObligationResult merge(List<Resolved> findings, Predicate<Citation> basisFilter, LocalDate asOf, Options options) {
        List<Resolved> grounded = new ArrayList<>(findings.size());
        for (Resolved f : findings) {
            for (Citation c : f.rule().citations()) {
                if (basisFilter.test(c)) {
                    grounded.add(f);
                    break;
                }
            }
        }
        if (grounded.isEmpty()) return null;
        List<Resolved> applying = new ArrayList<>(grounded.size());
        for (Resolved f : grounded) if (f.status() == Status.APPLIES) applying.add(f);
        Status status = applying.isEmpty() ? Status.UNDETERMINED : Status.APPLIES;
        List<Resolved> used = applying.isEmpty() ? grounded : applying;

        Set<Citation> citations = new LinkedHashSet<>();
        Set<Citation> later = new LinkedHashSet<>();
        Set<String> because = new LinkedHashSet<>();
        Set<Field> missing = new LinkedHashSet<>();
        Set<RuleRef> rules = new LinkedHashSet<>();
        List<TraceStep> trace = options.explain() ? new ArrayList<>() : null;
        String reading = null;
        for (Resolved f : used) {
            RuleInfo rule = f.rule();
            for (Citation c : rule.citations()) {
                if (basisFilter.test(c)) citations.add(c);
                else if (c.upcomingOn(asOf)) later.add(c);
            }
            because.addAll(f.because());
            if (status == Status.UNDETERMINED) missing.addAll(f.missing());
            RuleRef ref = ref(rule);
            rules.add(ref);
            if (trace != null) {
                TraceStep step = new TraceStep(ref, f.status(), f.classifications(), f.facts());
                if (!trace.contains(step)) trace.add(step);
            }
            if (reading == null) reading = rule.reading();
        }
        later.removeAll(citations);
        RuleInfo first = used.get(0).rule();
        boolean zh = options.lang() == Lang.ZH;
        LocalDate effective = null;
        for (Citation c : citations) {
            if (!c.inForceOn(asOf) && (effective == null || c.effective().isBefore(effective))) effective = c.effective();
        }
        return new ObligationResult(first.obligationId(), first.kind(), first.bearer(), status, first.title(zh),
                first.summary(zh), List.copyOf(citations), List.copyOf(because), pointers(missing),
                Questions.of(missing, zh), ref(first), rules.size() > 1 ? List.copyOf(rules) : null, reading,
                effective, later.isEmpty() ? null : List.copyOf(later), trace);
    }

    /** A finding with what the answer needs of it computed once, after the rules have settled. */
    private record Resolved(RuleInfo rule, Status status, List<String> classifications, List<String> facts,
                            List<String> because, List<Field> missing, String reasonKey) {
        static final Comparator<Resolved> ORDER =
                Comparator.<Resolved>comparingInt(r -> r.rule().order()).thenComparing(Resolved::reasonKey);

        static Resolved of(RuleInfo rule, Finding f) {
            List<String> because = f.because();
            return new Resolved(rule, f.status(), f.classificationIds(), f.factWords(), because, f.missing(), String.join("|", because));
        }
    }

    private static RuleRef ref(RuleInfo rule) {
        return new RuleRef(rule.name(), rule.file(), rule.line());
    }

    private List<ClassificationResult> mergeClassifications(Collection<Classification> derived, boolean zh) {
        Map<String, List<Classification>> byId = new LinkedHashMap<>();
        derived.stream()
                .sorted(Comparator.<Classification>comparingInt(c -> ruleBase.rule(c.rule()).order()).thenComparing(c -> c.facts().toString()))
                .forEach(c -> byId.computeIfAbsent(c.getId(), k -> new ArrayList<>()).add(c));
        List<ClassificationResult> out = new ArrayList<>();
        byId.forEach((id, list) -> {
            List<Classification> applying = list.stream().filter(c -> c.getStatus() == Status.APPLIES).toList();
            Status status = applying.isEmpty() ? Status.UNDETERMINED : Status.APPLIES;
            List<Classification> used = applying.isEmpty() ? list : applying;
            Set<String> because = new LinkedHashSet<>();
            Set<Field> missing = new LinkedHashSet<>();
            Set<Citation> citations = new LinkedHashSet<>();
            for (Classification c : used) {
                because.addAll(c.facts());
                if (status == Status.UNDETERMINED) missing.addAll(c.missing());
                citations.addAll(ruleBase.rule(c.rule()).citations());
            }
            out.add(new ClassificationResult(id, ruleBase.rule(used.get(0).rule()).title(zh), status,
                    List.copyOf(because), pointers(missing), Questions.of(missing, zh), List.copyOf(citations)));
        });
        return out;
    }

    /** Missing facts in the order the API lists its fields, whatever order the rules fired in. */
    private static List<String> pointers(Collection<Field> fields) {
        return fields.stream().sorted().map(Field::pointer).toList();
    }
}
