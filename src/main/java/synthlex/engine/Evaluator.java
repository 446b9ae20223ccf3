package synthlex.engine;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
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
import synthlex.rules.Reading;
import synthlex.rules.RuleInfo;
import synthlex.rules.RuleRef;
import synthlex.timing.Due;
import synthlex.timing.Timing;
import synthlex.timing.TimingSpec;

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
    /** Null for every real answer; only the mutation check makes evaluators with one. */
    private final Mutant mutant;

    public Evaluator(RuleBase ruleBase) {
        this(ruleBase, null);
    }

    private Evaluator(RuleBase ruleBase, Mutant mutant) {
        this.ruleBase = ruleBase;
        this.mutant = mutant;
    }

    public RuleBase ruleBase() { return ruleBase; }

    /**
     * For the mutation check: answers as if rule {@code name} were deleted from the rule base.
     * Its activations are refused, so it never fires; since a consequence only records a finding
     * or derives a classification, a rule that never fires is a rule that is not there. The rule
     * base is shared, not rebuilt.
     */
    public Evaluator withoutRule(String name) {
        rule(name);
        return new Evaluator(ruleBase, new Mutant(m -> !m.getRule().getName().equals(name), null));
    }

    /**
     * For the mutation check: answers as if obligation rule {@code name} cited only {@code
     * citations} (its findings are merged with that list in place of its {@code @cites}).
     */
    public Evaluator withCitations(String name, List<Citation> citations) {
        RuleInfo rule = rule(name);
        if (!rule.isObligation()) throw new IllegalArgumentException("rule \"" + name + "\" is not an obligation rule");
        return new Evaluator(ruleBase, new Mutant(m -> true, rule.withCitations(citations)));
    }

    /**
     * For the mutation check: answers as this rule base does, adding to {@code fired} the name of
     * every rule that fires. A rule that did not fire for a service cannot change its answer when
     * it is deleted or cites less, so the check re-evaluates only the services it fired for.
     */
    public Evaluator recordingFired(Set<String> fired) {
        return new Evaluator(ruleBase, new Mutant(m -> fired.add(m.getRule().getName()) || true, null));
    }

    private RuleInfo rule(String name) {
        RuleInfo rule = ruleBase.rule(name);
        if (rule == null) throw new IllegalArgumentException("no rule \"" + name + "\" in the rule base");
        return rule;
    }

    /** A changed rule base for the mutation check: a filter on what fires, and one rule's metadata replaced (or null). */
    private record Mutant(AgendaFilter fires, RuleInfo replaced) {
        List<Finding> apply(List<Finding> findings) {
            if (replaced == null) return findings;
            List<Finding> out = new ArrayList<>(findings.size());
            for (Finding f : findings) {
                out.add(f.rule().name().equals(replaced.name()) ? new Finding(replaced, f.classifications(), f.facts()) : f);
            }
            return out;
        }
    }

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
        List<Finding> recorded = mutant == null ? derived.findings() : mutant.apply(derived.findings());
        List<Finding.Settled> settled = new ArrayList<>(recorded.size());
        for (Finding f : recorded) settled.add(f.settle());
        settled.sort(Finding.Settled::compare);
        Map<String, List<Finding.Settled>> byObligation = new LinkedHashMap<>();
        for (Finding.Settled f : settled) byObligation.computeIfAbsent(f.rule.obligationId(), k -> new ArrayList<>(2)).add(f);

        List<ObligationResult> obligations = new ArrayList<>(byObligation.size());
        List<ObligationResult> upcoming = new ArrayList<>();
        for (List<Finding.Settled> findings : byObligation.values()) {
            ObligationResult now = merge(findings, true, asOf, service.launchDate(), options);
            if (now != null) {
                obligations.add(now);
            } else {
                ObligationResult later = merge(findings, false, asOf, service.launchDate(), options);
                if (later != null) upcoming.add(later);
            }
        }
        return new Evaluation(service.name(), asOf, new RuleBaseRef(ruleBase.version(), ruleBase.loadedAt()),
                Summaries.of(obligations, upcoming), classifications, obligations, upcoming,
                Questions.group(obligations, upcoming, classifications, zh), null);
    }

    private Derivations fire(ServiceDescription service, LocalDate asOf) {
        KieSession session = ruleBase.newSession();
        Derivations derived = Derivations.begin(ruleBase);
        try {
            for (Object fact : FactMapper.facts(service)) session.insert(fact);
            session.insert(new AsOf(asOf));
            int fired = mutant == null ? session.fireAllRules(MAX_FIRINGS) : session.fireAllRules(mutant.fires(), MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new IllegalStateException("rules fired " + MAX_FIRINGS + " times without settling: a rule loops");
            }
            return derived;
        } finally {
            Derivations.end();
            ruleBase.release(session);
        }
    }

    /** Whether a basis counts: in force on {@code asOf} ({@code now}), or else still to come. */
    private static boolean counts(Citation c, boolean now, LocalDate asOf) {
        return now ? c.inForceOn(asOf) : c.upcomingOn(asOf);
    }

    /** Whether a finding rests on at least one basis that {@link #counts}. */
    private static boolean grounded(Finding.Settled f, boolean now, LocalDate asOf) {
        for (Citation c : f.rule.citations()) if (counts(c, now, asOf)) return true;
        return false;
    }

    /**
     * One obligation from the findings with a basis that {@link #counts}: it applies if any such
     * finding applies (citing the bases of those), else it is undetermined (citing all, naming
     * every missing fact). Null when no finding has such a basis. Its timing is the earliest
     * ({@link TimingSpec#EARLIEST}) of the timings of the rules those findings come from, the first
     * rule winning a tie, with that rule's basis: rules sharing an id may time it differently (MOPR
     * Art. 37 audits minors' information every year, PIAM Art. 4 every two years, PIPL Art. 54 only
     * "定期"), and whoever is bound by all of them meets them all by meeting the earliest; the
     * further deadlines ({@code also}) of all of them are kept.
     */
    private ObligationResult merge(List<Finding.Settled> findings, boolean now, LocalDate asOf, LocalDate launchDate, Options options) {
        boolean anyGrounded = false;
        boolean anyApplies = false;
        for (Finding.Settled f : findings) {
            if (grounded(f, now, asOf)) {
                anyGrounded = true;
                anyApplies |= f.status == Status.APPLIES;
            }
        }
        if (!anyGrounded) return null;
        Status status = anyApplies ? Status.APPLIES : Status.UNDETERMINED;

        Union<Citation> citations = new Union<>();
        Union<Citation> later = new Union<>();
        Union<String> because = new Union<>();
        EnumSet<Field> missing = EnumSet.noneOf(Field.class);
        Union<RuleRef> rules = new Union<>();
        Union<TraceStep> trace = options.explain() ? new Union<>() : null;
        Reading reading = null;
        RuleInfo first = null;
        List<RuleInfo> grounding = new ArrayList<>(findings.size());
        for (Finding.Settled f : findings) {
            if (anyApplies && f.status != Status.APPLIES) continue;
            if (!grounded(f, now, asOf)) {
                // a basis of its own not yet in force (e.g. LM Art. 4 the day before 2025-09-01): shown as to come
                if (now) for (Citation c : f.rule.citations()) if (c.upcomingOn(asOf)) later.add(c);
                continue;
            }
            RuleInfo rule = f.rule;
            if (first == null) first = rule;
            if (allCount(rule.citations(), now, asOf)) {
                citations.addAll(rule.citations());
            } else {
                for (Citation c : rule.citations()) {
                    if (counts(c, now, asOf)) citations.add(c);
                    else if (c.upcomingOn(asOf)) later.add(c);
                }
            }
            because.addAll(f.because);
            if (!anyApplies) missing.addAll(f.missing);
            rules.add(rule.ref());
            if (trace != null) trace.add(f.traceStep());
            if (reading == null) reading = rule.reading();
            if (grounding.isEmpty() || grounding.get(grounding.size() - 1) != rule) grounding.add(rule); // a rule's findings are adjacent
        }
        List<Citation> cited = citations.list();
        List<Citation> toCome = new ArrayList<>(later.list());
        toCome.removeAll(cited);
        boolean zh = options.lang() == Lang.ZH;
        LocalDate effective = null;
        if (!now) {
            for (Citation c : cited) {
                if (!c.inForceOn(asOf) && (effective == null || c.effective().isBefore(effective))) effective = c.effective();
            }
        }
        Timing timing = timing(grounding, now, asOf);
        Due due = DueDates.of(ruleBase.calendar(), timing, launchDate, DueDates.lawFrom(timing, cited), asOf);
        return new ObligationResult(first.obligationId(), first.kind(), first.bearer(), status, first.title(zh),
                first.summary(zh), timing, due == null ? null : due.date(), due == null ? null : zh ? due.noteZh() : due.note(), cited, because.list(), pointers(missing),
                Questions.of(missing, zh), first.ref(), rules.size() > 1 ? rules.list() : null, reading == null ? null : reading.view(zh),
                effective, toCome.isEmpty() ? null : List.copyOf(toCome), trace == null ? null : trace.list());
    }

    /**
     * The timing of an obligation grounded by {@code rules} (in rule-base order): the earliest of
     * their own timings ({@link TimingSpec#EARLIEST}; a tie goes to the first rule), with its basis;
     * {@code also} collects the further deadlines of every one of them (the winner's first), each once.
     */
    private static Timing timing(List<RuleInfo> rules, boolean now, LocalDate asOf) {
        if (rules.size() == 1 && rules.get(0).timing().size() == 1) { // most obligations: one rule, one timing
            TimingSpec only = rules.get(0).firstTiming();
            return only.toTiming(only.basis() != null ? only.basis() : ownBasis(rules.get(0), now, asOf), null);
        }
        RuleInfo timed = null;
        for (RuleInfo r : rules) {
            if (r.firstTiming() != null && (timed == null || TimingSpec.EARLIEST.compare(r.firstTiming(), timed.firstTiming()) < 0)) timed = r;
        }
        if (timed == null) return null;
        TimingSpec first = timed.firstTiming();
        List<Timing> also = new ArrayList<>(2);
        java.util.Set<String> seen = new java.util.HashSet<>();
        seen.add(first.text());
        List<RuleInfo> order = new ArrayList<>(rules.size());
        order.add(timed);
        for (RuleInfo r : rules) if (r != timed) order.add(r);
        for (RuleInfo r : order) {
            for (TimingSpec t : r.timing().subList(1, r.timing().size())) {
                if (seen.add(t.text())) also.add(t.toTiming(t.basis() != null ? t.basis() : ownBasis(r, now, asOf), null));
            }
        }
        return first.toTiming(first.basis() != null ? first.basis() : ownBasis(timed, now, asOf), also);
    }

    /**
     * The rule's own citation a timing without {@code @timingBasis} rests on: the first that
     * {@link #counts} (so an amended law's answer names the text in force that day).
     */
    private static Citation ownBasis(RuleInfo rule, boolean now, LocalDate asOf) {
        for (Citation c : rule.citations()) if (counts(c, now, asOf)) return c;
        return rule.citations().isEmpty() ? null : rule.citations().get(0);
    }

    private static boolean allCount(List<Citation> citations, boolean now, LocalDate asOf) {
        for (Citation c : citations) if (!counts(c, now, asOf)) return false;
        return true;
    }

    private List<ClassificationResult> mergeClassifications(List<Classification> derived, boolean zh) {
        // a classification is listed where its first rule stands; two of one rule (applies and
        // undetermined) in the order of their reasons
        List<Classification> sorted = new ArrayList<>(derived);
        sorted.sort(Comparator.comparingInt(Classification::order).thenComparing(c -> c.facts().toString()));
        Map<String, List<Classification>> byId = new LinkedHashMap<>();
        for (Classification c : sorted) byId.computeIfAbsent(c.getId(), k -> new ArrayList<>(2)).add(c);
        List<ClassificationResult> out = new ArrayList<>(byId.size());
        for (Map.Entry<String, List<Classification>> e : byId.entrySet()) {
            List<Classification> used = new ArrayList<>(2);
            for (Classification c : e.getValue()) if (c.getStatus() == Status.APPLIES) used.add(c);
            Status status = used.isEmpty() ? Status.UNDETERMINED : Status.APPLIES;
            if (used.isEmpty()) used = e.getValue();
            Union<String> because = new Union<>();
            EnumSet<Field> missing = EnumSet.noneOf(Field.class);
            Union<Citation> citations = new Union<>();
            Reading reading = null;
            for (Classification c : used) {
                because.addAll(c.facts());
                if (status == Status.UNDETERMINED) missing.addAll(c.missing());
                for (String name : c.rules()) {
                    RuleInfo rule = ruleBase.rule(name);
                    citations.addAll(rule.citations());
                    if (reading == null) reading = rule.reading();
                }
            }
            out.add(new ClassificationResult(e.getKey(), ruleBase.rule(used.get(0).rule()).title(zh), status,
                    because.list(), pointers(missing), Questions.of(missing, zh), citations.list(),
                    reading == null ? null : reading.view(zh)));
        }
        return out;
    }

    /** Missing facts in the order the API lists its fields (an EnumSet's order), whatever order the rules fired in. */
    private static List<String> pointers(EnumSet<Field> fields) {
        if (fields.isEmpty()) return List.of();
        List<String> out = new ArrayList<>(fields.size());
        for (Field f : fields) out.add(f.pointer());
        return List.copyOf(out);
    }
}
