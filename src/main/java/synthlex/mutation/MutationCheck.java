package synthlex.mutation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import synthlex.engine.Evaluation;
import synthlex.engine.Evaluation.ClassificationResult;
import synthlex.engine.Evaluator;
import synthlex.impact.Impact;
import synthlex.impact.Impact.ServiceImpact;
import synthlex.law.Citation;
import synthlex.rules.RuleBase;
import synthlex.rules.RuleInfo;
import synthlex.scenarios.Scenario;
import synthlex.scenarios.ScenarioResult;
import synthlex.scenarios.ScenarioRunner;
import synthlex.scenarios.ScenarioRunner.Prepared;

/**
 * Which rules no scenario notices. Each rule is deleted in turn (and each provision an obligation
 * rule cites beside others is dropped in turn), every scenario is checked against the answers
 * of that changed rule base, and a change that fails no scenario "survives": a lawyer could delete
 * the rule, or the citation, and the tests would not say so.
 *
 * <p>The rule base is built once: a mutant is an {@link Evaluator} that refuses the deleted rule's
 * activations, or merges the rule's findings with one citation fewer. Scenarios are read once, and
 * a mutant is tried first on the scenarios that name what its rule gives.
 */
public final class MutationCheck {

    /** A rule deleted ({@code dropped} null), or one of its citations dropped. */
    public record Mutant(RuleInfo rule, Citation dropped) {
        Evaluator evaluator(Evaluator base) {
            if (dropped == null) return base.withoutRule(rule.name());
            return base.withCitations(rule.name(), rule.citations().stream().filter(c -> !c.ref().equals(dropped.ref())).toList());
        }
    }

    /** What a scenario's answer shows of a mutant that the scenario does not check: "- id (applies, […])", … */
    public record Change(String scenario, List<String> what) { }

    /**
     * @param noticedBy a scenario that fails on the mutant (the first tried, see {@link #outcome}), or null: it survived
     * @param changes   for a survivor, the scenarios whose answers it changes all the same, in scenario order
     */
    public record Outcome(Mutant mutant, String noticedBy, List<Change> changes) {
        public boolean survived() { return noticedBy == null; }
    }

    private MutationCheck() { }

    /** Every mutant of the selected rules, in rule-base order: the rule deleted, then each distinct citation dropped. */
    public static List<Mutant> mutants(RuleBase rb, Predicate<RuleInfo> selected) {
        List<Mutant> out = new ArrayList<>();
        for (RuleInfo r : rb.rules()) {
            if (!selected.test(r)) continue;
            out.add(new Mutant(r, null));
            if (!r.isObligation()) continue;
            Map<String, Citation> distinct = r.citations().stream()
                    .collect(Collectors.toMap(Citation::ref, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
            if (distinct.size() > 1) distinct.values().forEach(c -> out.add(new Mutant(r, c)));
        }
        return out;
    }

    /**
     * Runs the check: every scenario in {@code scenariosDir} ({@code service: facts/…} resolved from
     * its parent) against every mutant of the selected rules, on {@code threads} threads. If a
     * scenario fails on the rule base as it is, no mutant is run.
     */
    public static MutationReport run(RuleBase rb, Path scenariosDir, Predicate<RuleInfo> selected, int threads) throws IOException {
        long start = System.nanoTime();
        Evaluator evaluator = new Evaluator(rb);
        ScenarioRunner runner = new ScenarioRunner(evaluator, scenariosDir.toAbsolutePath().normalize().getParent());
        List<Baseline> scenarios = new ArrayList<>();
        List<ScenarioResult> failing = new ArrayList<>();
        for (Path file : ScenarioRunner.scenarioFiles(scenariosDir)) {
            Prepared p = runner.prepare(file);
            Set<String> fired = new HashSet<>();
            Evaluation answer = p.problems().isEmpty() ? evaluator.recordingFired(fired).evaluate(p.service(), p.options()) : null;
            ScenarioResult r = answer == null ? runner.run(p) : p.check(answer);
            if (r.passed()) scenarios.add(new Baseline(p, answer, fired, named(p.scenario())));
            else failing.add(r);
        }
        List<Mutant> mutants = mutants(rb, selected);
        if (!failing.isEmpty()) return new MutationReport(rb, scenarios.size() + failing.size(), failing, mutants, List.of(), elapsed(start));

        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Mutant m : mutants) futures.add(pool.submit(() -> outcome(m, evaluator, scenarios)));
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) outcomes.add(f.get());
            return new MutationReport(rb, scenarios.size(), List.of(), mutants, outcomes, elapsed(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("mutation check interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("mutation check failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A scenario that passes on the rule base as it is: its answer, the rules that fired for it (near
     * misses included), and the obligation and classification ids it names (expects, forbids, or asks
     * about).
     */
    record Baseline(Prepared scenario, Evaluation answer, Set<String> fired, Set<String> named) { }

    /**
     * The first scenario tried that fails on the mutant; if none does, what it changes in answers no
     * scenario checks. Only scenarios the mutated rule fired for are evaluated again: for the
     * others, the mutant's answer is the same as the rule base's. Those that name the rule's
     * obligation or classification are tried first, since they are the ones that almost always
     * notice it (about 1,300 evaluations for the real rules' 813 mutants instead of 22,000 in file
     * order); whether some scenario notices, and so whether the mutant survives, does not depend on
     * the order, and a survivor's changes are listed in scenario order as before.
     */
    static Outcome outcome(Mutant m, Evaluator base, List<Baseline> scenarios) {
        Evaluator mutated = m.evaluator(base);
        String id = m.rule().isObligation() ? m.rule().obligationId() : m.rule().classifies();
        List<Baseline> fired = scenarios.stream().filter(b -> b.fired().contains(m.rule().name())).toList();
        List<Baseline> order = new ArrayList<>(fired.size());
        for (Baseline b : fired) if (b.named().contains(id)) order.add(b);
        for (Baseline b : fired) if (!b.named().contains(id)) order.add(b);
        Map<Baseline, Evaluation> answers = new IdentityHashMap<>();
        for (Baseline b : order) {
            Prepared p = b.scenario();
            Evaluation e;
            try {
                e = mutated.evaluate(p.service(), p.options());
            } catch (RuntimeException x) {
                return new Outcome(m, p.file(), List.of()); // the scenario would fail with this error
            }
            if (!p.check(e).passed()) return new Outcome(m, p.file(), List.of());
            answers.put(b, e);
        }
        List<Change> changes = new ArrayList<>();
        for (Baseline b : fired) {
            List<String> what = changes(b.answer(), answers.get(b));
            if (!what.isEmpty()) changes.add(new Change(b.scenario().file(), what));
        }
        return new Outcome(m, null, changes);
    }

    /** The obligation and classification ids a scenario names anywhere in what it expects or forbids. */
    static Set<String> named(Scenario s) {
        Set<String> ids = new HashSet<>();
        Scenario.Expectations x = s.expect();
        if (x != null) {
            if (x.obligations() != null) x.obligations().forEach(o -> ids.add(o.id()));
            if (x.upcoming() != null) x.upcoming().forEach(o -> ids.add(o.id()));
            if (x.classifications() != null) x.classifications().forEach(c -> ids.add(c.id()));
            if (x.nearMisses() != null) x.nearMisses().forEach(n -> ids.add(n.id()));
            if (x.questions() != null) x.questions().forEach(q -> { if (q.decides() != null) ids.addAll(q.decides()); });
            if (x.summary() != null && x.summary().next() != null) ids.addAll(x.summary().next());
        }
        Scenario.Forbidden f = s.forbid();
        if (f != null) {
            if (f.obligations() != null) ids.addAll(f.obligations());
            if (f.upcoming() != null) ids.addAll(f.upcoming());
            if (f.classifications() != null) ids.addAll(f.classifications());
        }
        return ids;
    }

    /** Obligations (as {@code impact} lists them) and classifications that differ between two answers. */
    static List<String> changes(Evaluation before, Evaluation after) {
        ServiceImpact obligations = Impact.diff("", before, after);
        List<String> out = new ArrayList<>();
        obligations.added().forEach(a -> out.add("+ " + a));
        obligations.removed().forEach(r -> out.add("- " + r));
        obligations.changed().forEach(c -> out.add("~ " + c));
        Map<String, ClassificationResult> was = byId(before.classifications()), is = byId(after.classifications());
        Set<String> ids = new LinkedHashSet<>(was.keySet());
        ids.addAll(is.keySet());
        for (String id : ids) {
            ClassificationResult b = was.get(id), a = is.get(id);
            if (a == null) out.add("- classification " + id + " (" + b.status().code() + ")");
            else if (b == null) out.add("+ classification " + id + " (" + a.status().code() + ")");
            else if (a.status() != b.status()) out.add("~ classification " + id + ": status " + b.status().code() + " -> " + a.status().code());
        }
        return out;
    }

    private static Map<String, ClassificationResult> byId(List<ClassificationResult> list) {
        Map<String, ClassificationResult> m = new java.util.LinkedHashMap<>();
        for (ClassificationResult c : list) m.put(c.id(), c);
        return m;
    }

    private static double elapsed(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
