package synthlex.scenarios;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import synthlex.engine.Evaluation;
import synthlex.engine.Evaluation.ClassificationResult;
import synthlex.engine.Evaluation.ObligationResult;
import synthlex.engine.Evaluator;
import synthlex.engine.Options;
import synthlex.input.InputError;
import synthlex.input.InvalidInputException;
import synthlex.input.ServiceDescriptionParser;
import synthlex.law.Citation;
import synthlex.law.UnresolvedCitationException;
import synthlex.model.ServiceDescription;
import synthlex.rules.Reading;
import synthlex.scenarios.Scenario.ExpectedClassification;
import synthlex.scenarios.Scenario.ExpectedObligation;
import synthlex.scenarios.Scenario.ExpectedSummary;
import synthlex.scenarios.Scenario.ExpectedTiming;
import synthlex.timing.Timing;

/**
 * Runs scenario files through the same evaluator as the API. Used by the JUnit suite, the
 * {@code test-scenarios} command, reloads and the mutation check (which reads each scenario once
 * and checks it against many evaluators: {@link #prepare}).
 */
public final class ScenarioRunner {
    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Evaluator evaluator;
    /** Where {@code service: facts/x.json} paths are resolved from: the project root. */
    private final Path baseDir;

    public ScenarioRunner(Evaluator evaluator, Path baseDir) {
        this.evaluator = evaluator;
        this.baseDir = baseDir;
    }

    /** Every {@code *.yaml} / {@code *.yml} file in {@code dir} (and below), in name order. */
    public static List<Path> scenarioFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted().toList();
        }
    }

    public List<ScenarioResult> runAll(Path dir) throws IOException {
        return runAll(scenarioFiles(dir), p -> true);
    }

    /**
     * Reads and checks the given scenario files that {@code which} picks, in their order. Scenarios are
     * independent of each other, so they run on every core (the evaluator is shared, as in the server).
     */
    public List<ScenarioResult> runAll(List<Path> files, java.util.function.Predicate<Prepared> which) {
        return files.parallelStream().map(this::prepare).filter(which).map(this::run).toList();
    }

    public ScenarioResult run(Path file) {
        return run(prepare(file));
    }

    /** Checks a scenario read before against this runner's evaluator. */
    public ScenarioResult run(Prepared p) {
        return p.problems().isEmpty() ? p.check(evaluator.evaluate(p.service(), p.options())) : p.result(p.problems());
    }

    /**
     * A scenario file read, its citations resolved and its service parsed: ready to be checked
     * against this rule base's answers, as often as the mutation check asks. {@code problems} is
     * empty unless it could not be read (then it fails with them, whatever the rules say).
     */
    public record Prepared(String file, String name, Scenario scenario, ServiceDescription service, Options options,
                           List<String> problems) {
        public ScenarioResult check(Evaluation actual) {
            return result(ScenarioRunner.check(scenario, actual));
        }

        ScenarioResult result(List<String> failures) {
            return new ScenarioResult(file, name, failures);
        }
    }

    /** Reads a scenario file once; {@link #run(Prepared)} checks it. */
    public Prepared prepare(Path file) {
        String shown = baseDir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString();
        Scenario scenario;
        try {
            scenario = YAML.readValue(file.toFile(), Scenario.class);
        } catch (IOException e) {
            return failed(shown, file.getFileName().toString(),
                    List.of("cannot read scenario: " + e.getMessage().lines().findFirst().orElse("")));
        }
        String name = scenario.name() == null ? file.getFileName().toString() : scenario.name();
        try {
            Options options = new Options(scenario.expect() != null && scenario.expect().wantsExplain(), Options.Lang.EN);
            return new Prepared(shown, name, canonical(scenario), service(scenario, file.getParent()), options, List.of());
        } catch (InvalidInputException e) {
            return failed(shown, name, e.errors().stream()
                    .map(err -> "service is invalid at " + err.pointer() + ": " + err.message()).toList());
        } catch (IOException e) {
            return failed(shown, name, List.of("cannot read service: " + e.getMessage()));
        } catch (UnresolvedCitationException e) {
            return failed(shown, name, List.of("scenario cites " + e.getMessage()));
        }
    }

    private static Prepared failed(String file, String name, List<String> problems) {
        return new Prepared(file, name, null, null, null, problems);
    }

    /** The service a scenario file describes, with its asOf applied (for comparing rule sets). */
    public ServiceDescription serviceOf(Path file) throws IOException {
        return service(YAML.readValue(file.toFile(), Scenario.class), file.getParent());
    }

    /**
     * The scenario's service with its asOf applied; the scenario's date wins over the service's own.
     * A {@code service:} path is resolved against the project root and, when no file is there,
     * against the scenario's own folder (so a copied folder of scenarios and services runs as it is).
     */
    ServiceDescription service(Scenario s, Path scenarioDir) throws IOException {
        JsonNode node = s.service();
        if (node == null) throw new InvalidInputException("Invalid scenario", List.of(new InputError("/service", "service is required")));
        if (node.isTextual()) {
            Path path = baseDir.resolve(node.asText());
            if (!Files.exists(path) && scenarioDir != null && Files.exists(scenarioDir.resolve(node.asText()))) {
                path = scenarioDir.resolve(node.asText());
            }
            node = ServiceDescriptionParser.readTree(Files.readString(path, StandardCharsets.UTF_8));
        }
        if (s.asOf() != null && node instanceof ObjectNode obj) {
            node = obj.deepCopy().put("asOf", s.asOf().toString());
        }
        if (s.launchDate() != null && node instanceof ObjectNode obj) {
            node = obj.deepCopy().put("launchDate", s.launchDate().toString());
        }
        return ServiceDescriptionParser.parse(node);
    }

    /**
     * The scenario with every citation written the registry's way ({@code DSP Art. 9(1)} and
     * {@code DSP Art. 9} name the same single-paragraph article). An unregistered citation fails.
     */
    private Scenario canonical(Scenario s) {
        Function<List<String>, List<String>> canon = refs -> refs == null ? null : refs.stream()
                .map(r -> evaluator.ruleBase().sources().resolve(r).ref()).toList();
        Scenario.Expectations x = s.expect();
        Scenario.Expectations expect = x == null ? null : new Scenario.Expectations(
                nonNull(x.obligations()).stream().map(o -> withCitations(o, canon)).toList(),
                nonNull(x.upcoming()).stream().map(o -> withCitations(o, canon)).toList(),
                nonNull(x.classifications()).stream().map(c -> new ExpectedClassification(c.id(), c.status(), c.missing(),
                        canon.apply(c.citations()), c.contested())).toList(),
                x.questions(), x.nearMisses(), x.summary());
        Scenario.Forbidden f = s.forbid();
        Scenario.Forbidden forbid = f == null ? null
                : new Scenario.Forbidden(f.obligations(), f.upcoming(), f.classifications(), canon.apply(f.citations()));
        return new Scenario(s.name(), s.description(), s.service(), s.asOf(), s.launchDate(), expect, forbid);
    }

    private ExpectedObligation withCitations(ExpectedObligation o, Function<List<String>, List<String>> canon) {
        return new ExpectedObligation(o.id(), o.kind(), o.bearer(), o.status(), canon.apply(o.citations()), o.onlyCitations(),
                o.missing(), o.effective(), o.contested(), canon.apply(o.upcomingCitations()), withBasisLabel(o.timing()),
                o.due(), o.dueCertain());
    }

    /**
     * The expected timing with its basis as the answer shows it (a label): a citation written the
     * rule files' way ({@code ARP Art. 24(1)}) is resolved, and must be registered; anything else is
     * taken to be a label already.
     */
    private ExpectedTiming withBasisLabel(ExpectedTiming t) {
        if (t == null) return null;
        String basis = t.basis();
        if (basis != null && CITATION_FORM.matcher(basis).matches()) basis = evaluator.ruleBase().sources().resolve(basis).label();
        List<ExpectedTiming> also = t.also() == null ? null : t.also().stream().map(this::withBasisLabel).toList();
        return new ExpectedTiming(t.when(), t.period(), t.workingDays(), t.from(), t.every(), basis, also);
    }

    private static final java.util.regex.Pattern CITATION_FORM = java.util.regex.Pattern.compile("^\\s*\\S+ Art\\. \\d+.*$");

    static List<String> check(Scenario s, Evaluation actual) {
        List<String> failures = new ArrayList<>();
        Map<String, ObligationResult> obligations = byId(actual.obligations(), ObligationResult::id);
        Map<String, ObligationResult> upcoming = byId(actual.upcoming(), ObligationResult::id);
        Map<String, ClassificationResult> classifications = byId(actual.classifications(), ClassificationResult::id);
        if (s.expect() != null) {
            for (ExpectedObligation e : nonNull(s.expect().obligations())) {
                checkObligation("obligation", e, obligations.get(e.id()), upcoming.containsKey(e.id()) ? "it is upcoming" : null, failures);
            }
            for (ExpectedObligation e : nonNull(s.expect().upcoming())) {
                checkObligation("upcoming obligation", e, upcoming.get(e.id()), obligations.containsKey(e.id()) ? "it applies already" : null, failures);
            }
            for (ExpectedClassification e : nonNull(s.expect().classifications())) {
                ClassificationResult c = classifications.get(e.id());
                if (c == null) {
                    failures.add("classification " + e.id() + ": expected, but not derived (derived: " + classifications.keySet() + ")");
                    continue;
                }
                if (e.status() != null && !e.status().equals(c.status().code())) {
                    failures.add("classification " + e.id() + ": expected status " + e.status() + ", got " + c.status().code());
                }
                if (e.missing() != null && !e.missing().equals(c.missing())) {
                    failures.add("classification " + e.id() + ": expected missing " + e.missing() + ", got " + c.missing());
                }
                if (e.citations() != null && !refs(c.citations()).containsAll(e.citations())) {
                    failures.add("classification " + e.id() + ": expected citations " + e.citations() + ", got " + refs(c.citations()));
                }
                checkReading("classification " + e.id(), e.contested(), c.reading(), failures);
            }
            for (Scenario.ExpectedQuestion q : nonNull(s.expect().questions())) {
                Evaluation.Question asked = actual.questions().stream().filter(a -> a.pointer().equals(q.pointer())).findFirst().orElse(null);
                if (asked == null) {
                    failures.add("question " + q.pointer() + ": expected, but not asked (asked: "
                            + actual.questions().stream().map(Evaluation.Question::pointer).toList() + ")");
                } else if (q.decides() != null && !asked.decides().containsAll(q.decides())) {
                    failures.add("question " + q.pointer() + ": expected to decide " + q.decides() + ", decides " + asked.decides());
                }
            }
            checkSummary(s.expect().summary(), actual.summary(), failures);
            for (Scenario.ExpectedNearMiss n : nonNull(s.expect().nearMisses())) {
                boolean found = nonNull(actual.nearMisses()).stream()
                        .anyMatch(a -> a.obligation().equals(n.id()) && (n.pointer() == null || a.change().pointer().equals(n.pointer())));
                if (!found) {
                    failures.add("near miss " + n.id() + " via " + n.pointer() + ": expected, but not found (near misses: "
                            + nonNull(actual.nearMisses()).stream().map(a -> a.obligation() + " via " + a.change().pointer()).distinct().toList() + ")");
                }
            }
        }
        if (s.forbid() != null) {
            for (String id : nonNull(s.forbid().obligations())) {
                ObligationResult o = obligations.get(id);
                if (o != null) failures.add("obligation " + id + ": forbidden, but it came back (" + o.status().code() + ", " + refs(o.citations()) + ")");
            }
            for (String id : nonNull(s.forbid().upcoming())) {
                if (upcoming.containsKey(id)) failures.add("upcoming obligation " + id + ": forbidden, but it came back");
            }
            for (String id : nonNull(s.forbid().classifications())) {
                ClassificationResult c = classifications.get(id);
                if (c != null) failures.add("classification " + id + ": forbidden, but it was derived (" + c.status().code() + ", because " + c.because() + ")");
            }
            for (String ref : nonNull(s.forbid().citations())) {
                for (ObligationResult o : actual.obligations()) {
                    if (refs(o.citations()).contains(ref)) failures.add("citation " + ref + ": forbidden, but obligation " + o.id() + " cites it");
                }
            }
        }
        return failures;
    }

    private static void checkObligation(String what, ExpectedObligation e, ObligationResult o, String elsewhere, List<String> failures) {
        String label = what + " " + e.id();
        if (o == null) {
            failures.add(label + ": expected, but it did not come back" + (elsewhere == null ? "" : " (" + elsewhere + ")"));
            return;
        }
        compare(label, "kind", e.kind(), o.kind().code(), failures);
        compare(label, "bearer", e.bearer(), o.bearer().code(), failures);
        compare(label, "status", e.status() == null ? "applies" : e.status(), o.status().code(), failures);
        List<String> actualRefs = refs(o.citations());
        if (e.citations() != null) {
            List<String> absent = e.citations().stream().filter(c -> !actualRefs.contains(c)).toList();
            if (!absent.isEmpty()) failures.add(label + ": expected citations " + e.citations() + ", got " + actualRefs + " (missing " + absent + ")");
            if (Boolean.TRUE.equals(e.onlyCitations()) && absent.isEmpty() && actualRefs.size() != e.citations().size()) {
                failures.add(label + ": expected only citations " + e.citations() + ", got " + actualRefs);
            }
        }
        if (e.missing() != null && !e.missing().equals(o.missing())) {
            failures.add(label + ": expected missing " + e.missing() + ", got " + o.missing());
        }
        if (e.effective() != null && !Objects.equals(e.effective(), o.effective())) {
            failures.add(label + ": expected effective " + e.effective() + ", got " + o.effective());
        }
        if (e.upcomingCitations() != null) {
            List<String> later = o.upcomingCitations() == null ? List.of() : refs(o.upcomingCitations());
            if (!later.containsAll(e.upcomingCitations())) {
                failures.add(label + ": expected upcoming citations " + e.upcomingCitations() + ", got " + later);
            }
        }
        checkReading(label, e.contested(), o.reading(), failures);
        checkTiming(label + ": timing", e.timing(), o.timing(), failures);
        if (e.due() != null && !Objects.equals(e.due(), o.due())) {
            failures.add(label + ": expected due " + e.due() + ", got " + (o.due() == null ? "no due date" : o.due()));
        }
        if (e.dueCertain() != null && e.dueCertain() != (o.dueNote() == null)) {
            failures.add(label + ": expected the due date " + (e.dueCertain() ? "settled by published holiday notices" : "flagged as uncertain")
                    + ", got " + (o.dueNote() == null ? "no flag" : "'" + o.dueNote() + "'"));
        }
    }

    /** Every member of the expected timing that is given must be exactly the answer's. */
    private static void checkTiming(String label, ExpectedTiming e, Timing t, List<String> failures) {
        if (e == null) return;
        if (t == null) {
            failures.add(label + ": expected " + e + ", got none");
            return;
        }
        compare(label, "when", e.when(), t.when().code(), failures);
        compare(label, "period", e.period(), String.valueOf(t.period()), failures);
        if (e.workingDays() != null && e.workingDays() != t.countsWorkingDays()) {
            failures.add(label + ": expected workingDays " + e.workingDays() + ", got " + t.countsWorkingDays());
        }
        compare(label, "from", e.from(), t.from() == null ? "none" : t.from().code(), failures);
        compare(label, "every", e.every(), String.valueOf(t.every()), failures);
        compare(label, "basis", e.basis(), String.valueOf(t.basis()), failures);
        if (e.also() != null) {
            List<Timing> also = t.also() == null ? List.of() : t.also();
            if (also.size() != e.also().size()) {
                failures.add(label + ": expected " + e.also().size() + " further deadline(s) (also), got " + also.size());
            } else {
                for (int i = 0; i < also.size(); i++) checkTiming(label + ".also[" + i + "]", e.also().get(i), also.get(i), failures);
            }
        }
    }

    /** The counts given must match (for the keys given), and {@code next} must be exactly these ids in this order. */
    private static void checkSummary(ExpectedSummary e, Evaluation.Summary s, List<String> failures) {
        if (e == null) return;
        if (e.obligations() != null && e.obligations() != s.obligations()) {
            failures.add("summary: expected " + e.obligations() + " obligations, got " + s.obligations());
        }
        if (e.upcoming() != null && e.upcoming() != s.upcoming()) {
            failures.add("summary: expected " + e.upcoming() + " upcoming, got " + s.upcoming());
        }
        counts("byStatus", e.byStatus(), s.byStatus(), failures);
        counts("byBearer", e.byBearer(), s.byBearer(), failures);
        counts("byTiming", e.byTiming(), s.byTiming(), failures);
        if (e.next() != null) {
            List<String> next = s.next().stream().map(Evaluation.NextAction::obligation).toList();
            if (!e.next().equals(next)) failures.add("summary: expected next " + e.next() + ", got " + next);
        }
    }

    private static void counts(String what, Map<String, Integer> expected, Map<String, Integer> actual, List<String> failures) {
        if (expected == null) return;
        expected.forEach((k, v) -> {
            if (!actual.containsKey(k)) failures.add("summary: " + what + " has no key '" + k + "' (keys: " + actual.keySet() + ")");
            else if (!v.equals(actual.get(k))) failures.add("summary: expected " + what + "." + k + " " + v + ", got " + actual.get(k));
        });
    }

    /** {@code contested: true} needs a contested reading shown; {@code false}, none contested. */
    private static void checkReading(String label, Boolean contested, Reading.View reading, List<String> failures) {
        if (contested == null) return;
        boolean shown = reading != null && reading.contested();
        if (contested && !shown) failures.add(label + ": expected a contested reading, got " + (reading == null ? "none" : "an uncontested one"));
        if (!contested && shown) failures.add(label + ": expected no contested reading, got \"" + reading.text() + "\"");
    }

    private static void compare(String label, String field, String expected, String actual, List<String> failures) {
        if (expected != null && !expected.equals(actual)) failures.add(label + ": expected " + field + " " + expected + ", got " + actual);
    }

    private static List<String> refs(List<Citation> citations) {
        return citations.stream().map(Citation::ref).toList();
    }

    private static <T> Map<String, T> byId(List<T> list, Function<T, String> id) {
        return list.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
