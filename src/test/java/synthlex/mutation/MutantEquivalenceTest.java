package synthlex.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import synthlex.TestRuleBase;
import synthlex.engine.Evaluation;
import synthlex.engine.Evaluator;
import synthlex.engine.Options;
import synthlex.input.ServiceDescriptionParser;
import synthlex.json.Json;
import synthlex.model.ServiceDescription;
import synthlex.mutation.MutationCheck.Mutant;
import synthlex.rules.RuleBase;
import synthlex.rules.RuleBaseLoader;
import synthlex.rules.RuleInfo;
import synthlex.scenarios.ScenarioRunner;

/**
 * The check's mutants answer exactly as a rule base rebuilt from edited files: the rule's text
 * blanked out, or the provision taken out of its {@code @cites}. And a rule that did not fire for
 * a service leaves its answer as it was when mutated (the check evaluates only where rules fired).
 * On the real rules a sample of mutants is rebuilt; {@code -Dmutation.equivalence=all} rebuilds
 * every one (a few minutes).
 */
class MutantEquivalenceTest {
    private static final Pattern CITES = Pattern.compile("@cites\\(\"([^\"]*)\"\\)");

    @TempDir Path tmp;

    @Test
    void every_mutant_of_the_mini_rules_answers_as_the_edited_rule_base() throws IOException {
        Path project = MiniMutation.project(tmp.resolve("mini"));
        List<ServiceDescription> services = Stream.of(
                "{\"name\":\"a\",\"asOf\":\"2030-06-01\",\"roles\":[\"service-provider\"],\"informationPublishing\":true}",
                "{\"name\":\"b\",\"asOf\":\"2030-06-01\",\"roles\":[\"service-provider\"],\"capabilities\":[\"chat\"]}",
                "{\"name\":\"c\",\"asOf\":\"2029-06-01\",\"roles\":[\"service-provider\"],\"capabilities\":[\"chat\"],\"informationPublishing\":true}",
                "{\"name\":\"d\",\"asOf\":\"2031-06-01\",\"roles\":[\"service-provider\"],\"capabilities\":[\"chat\"],\"informationPublishing\":false}")
                .map(ServiceDescriptionParser::parse).toList();
        RuleBase rb = RuleBaseLoader.load(project.resolve("rules"));
        List<Mutant> mutants = MutationCheck.mutants(rb, r -> true);
        assertEquals(5, mutants.size());
        assertEquivalent(rb, mutants, services, new Options(true, Options.Lang.EN));
    }

    @Test
    void mutants_of_the_real_rules_answer_as_the_edited_rule_base() throws IOException {
        RuleBase rb = TestRuleBase.get();
        List<ServiceDescription> services = new ArrayList<>();
        ScenarioRunner runner = new ScenarioRunner(new Evaluator(rb), Path.of(""));
        for (Path f : ScenarioRunner.scenarioFiles(Path.of("tests-scenarios"))) services.add(runner.serviceOf(f));
        try (Stream<Path> facts = Files.list(Path.of("facts"))) {
            for (Path f : facts.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                services.add(ServiceDescriptionParser.parse(Files.readString(f)));
            }
        }
        List<Mutant> all = MutationCheck.mutants(rb, r -> true);
        List<Mutant> sample = "all".equals(System.getProperty("mutation.equivalence")) ? all : sample(rb, all);
        assertEquivalent(rb, sample, services, Options.DEFAULT); // explain (near misses) is covered above, and is 40 answers in one
    }

    /** A classification rule removed, an obligation rule removed that shares its id with others, and a citation dropped. */
    private static List<Mutant> sample(RuleBase rb, List<Mutant> all) {
        Map<String, Long> shared = rb.obligationRules().stream().collect(Collectors.groupingBy(RuleInfo::obligationId, Collectors.counting()));
        return List.of(
                all.stream().filter(m -> "public-opinion-attributes".equals(m.rule().classifies())).findFirst().orElseThrow(),
                all.stream().filter(m -> m.rule().isObligation() && shared.get(m.rule().obligationId()) > 2).findFirst().orElseThrow(),
                all.stream().filter(m -> m.dropped() != null).findFirst().orElseThrow());
    }

    private void assertEquivalent(RuleBase rb, List<Mutant> mutants, List<ServiceDescription> services, Options explain) throws IOException {
        Evaluator base = new Evaluator(rb);
        // the services are independent of each other: each is checked on whichever core is free (an evaluator
        // answers several threads at once, as in the server)
        int[] all = IntStream.range(0, services.size()).toArray();
        JsonNode[] before = new JsonNode[services.size()];
        List<Set<String>> fired = new ArrayList<>();
        for (int i = 0; i < services.size(); i++) fired.add(ConcurrentHashMap.newKeySet());
        forEach(all, i -> {
            ServiceDescription s = services.get(i);
            JsonNode recorded = answer(base.recordingFired(fired.get(i)).evaluate(s, explain));
            assertEquals(answer(base.evaluate(s, explain)), recorded, "recording what fires changes the answer for " + s.name());
            before[i] = recorded;
        });
        int n = 0;
        for (Mutant m : mutants) {
            Path rules = edited(rb, m, tmp.resolve("mutant-" + n++));
            Evaluator rebuilt = new Evaluator(RuleBaseLoader.load(rules));
            Evaluator mutated = m.evaluator(base);
            forEach(all, i -> {
                ServiceDescription s = services.get(i);
                JsonNode expected = answer(rebuilt.evaluate(s, explain));
                String what = describe(m) + ", service " + s.name();
                assertEquals(expected, answer(mutated.evaluate(s, explain)), what);
                if (!fired.get(i).contains(m.rule().name())) assertEquals(before[i], expected, what + ": did not fire, yet its removal changes the answer");
            });
        }
    }

    private interface Check {
        void run(int service) throws IOException;
    }

    /**
     * Runs the check for every service, in parallel, then throws what the first failing service (in the
     * services' order) threw, unchanged: the failure the same loop run in order would have stopped at.
     */
    private static void forEach(int[] services, Check check) throws IOException {
        Throwable[] failed = new Throwable[services.length];
        Arrays.stream(services).parallel().forEach(i -> {
            try {
                check.run(i);
            } catch (IOException | RuntimeException | Error e) {
                failed[i] = e;
            }
        });
        for (Throwable t : failed) {
            if (t instanceof IOException e) throw e;
            if (t instanceof RuntimeException e) throw e;
            if (t instanceof Error e) throw e;
        }
    }

    private static String describe(Mutant m) {
        return "rule \"" + m.rule().name() + "\"" + (m.dropped() == null ? " removed" : " without " + m.dropped().ref());
    }

    /** The answer's JSON without the rule base's version and load time (a rebuilt rule base has its own). */
    private static JsonNode answer(Evaluation e) throws IOException {
        ObjectNode tree = (ObjectNode) Json.MAPPER.readTree(Json.MAPPER.writeValueAsBytes(e)); // bytes: nothing to decode
        tree.remove("ruleBase");
        return tree;
    }

    /**
     * A copy of the rules directory with the mutant written into the file: the rule blanked out line
     * for line, or one citation fewer. A classification rule that alone derives its id cannot be
     * deleted (the rule base refuses to load with rules matching an id no rule derives); its
     * conditions become {@code eval(false)} instead, so that it is there but never fires.
     */
    private static Path edited(RuleBase rb, Mutant m, Path into) throws IOException {
        Path rules = into.resolve(rb.directory().getFileName().toString());
        try (Stream<Path> files = Files.walk(rb.directory())) {
            for (Path p : files.toList()) {
                Path to = rules.resolve(rb.directory().relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to); else Files.copy(p, to);
            }
        }
        RuleInfo r = m.rule();
        boolean alone = r.isClassification() && rb.rules().stream().filter(x -> r.classifies().equals(x.classifies())).count() == 1;
        Path file = into.resolve(r.file());
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        boolean conditions = false;
        for (int i = r.line() - 1, done = 0; done == 0; i++) {
            String line = lines.get(i).trim();
            if (line.equals("end")) done = 1;
            if (m.dropped() == null && !alone) {
                lines.set(i, "");
            } else if (m.dropped() == null) {
                if (line.equals("then")) conditions = false;
                if (conditions) lines.set(i, "");
                if (line.equals("when")) {
                    conditions = true;
                    lines.set(i, "when eval(false)");
                }
            } else {
                Matcher c = CITES.matcher(lines.get(i));
                if (c.find()) {
                    String kept = Arrays.stream(c.group(1).split(";")).map(String::trim)
                            .filter(ref -> !rb.sources().resolve(ref).ref().equals(m.dropped().ref()))
                            .collect(Collectors.joining("; "));
                    lines.set(i, lines.get(i).substring(0, c.start(1)) + kept + lines.get(i).substring(c.end(1)));
                }
            }
        }
        Files.write(file, lines);
        return rules;
    }
}
