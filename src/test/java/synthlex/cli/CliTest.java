package synthlex.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import synthlex.MiniRules;
import synthlex.TestRuleBase;
import synthlex.engine.Evaluator;
import synthlex.input.ServiceDescriptionParser;
import synthlex.json.Json;
import synthlex.json.Refs;
import synthlex.rules.RuleBaseLoader;

class CliTest {
    record Run(int exit, String out, String err) { }

    static synchronized Run run(String... args) {
        PrintStream out = System.out, err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void evaluate_prints_the_same_answer_as_the_evaluator_behind_the_api(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("s.json"),
                Files.readString(Path.of("facts/photo-restoration-app.json")).replace("\"roles\"", "\"asOf\": \"2025-01-01\", \"roles\""));
        Path rules = copyOfProjectRules(tmp.resolve("rules"));
        Run r = run("evaluate", file.toString(), "--rules", rules.toString());
        assertEquals(0, r.exit(), r.err());
        var expected = new Evaluator(RuleBaseLoader.load(rules)).evaluate(ServiceDescriptionParser.parse(Files.readString(file)));
        var actual = Json.MAPPER.readTree(r.out());
        var wanted = Json.MAPPER.readTree(Json.pretty(expected));
        ((com.fasterxml.jackson.databind.node.ObjectNode) actual.path("ruleBase")).remove("loadedAt");
        ((com.fasterxml.jackson.databind.node.ObjectNode) wanted.path("ruleBase")).remove("loadedAt");
        assertTrue(wanted.equals(actual), "the CLI's answer differs from the evaluator's");
    }

    @Test
    void evaluate_citations_ref_writes_each_provision_once_and_resolves_to_the_default_answer(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("s.json"),
                Files.readString(Path.of("facts/face-swap-app.json")).replace("\"roles\"", "\"asOf\": \"2026-06-01\", \"roles\""));
        Run explained = run("evaluate", file.toString(), "--explain");
        Run full = run("evaluate", file.toString(), "--explain", "--citations", "full");
        Run ref = run("evaluate", file.toString(), "--citations", "ref", "--explain");
        assertEquals(0, ref.exit(), ref.err());
        assertEquals(withoutLoadTime(explained.out()), withoutLoadTime(full.out()), "--citations full is the default, byte for byte");
        var answer = Json.MAPPER.readTree(ref.out());
        var expected = Json.MAPPER.readTree(explained.out());
        ((com.fasterxml.jackson.databind.node.ObjectNode) answer.path("ruleBase")).remove("loadedAt");
        ((com.fasterxml.jackson.databind.node.ObjectNode) expected.path("ruleBase")).remove("loadedAt");
        assertEquals(expected, Refs.resolved(answer), "the ref answer, resolved, is the default answer");
        assertEquals(new java.util.ArrayList<>(new java.util.LinkedHashSet<>(Refs.refs(Refs.withoutProvisions(answer)))), Refs.names(answer.path("provisions")));
        assertTrue(ref.out().contains("\"cybersecurity-law@2017/2\" : {\"instrument\":\"cybersecurity-law\",\"article\":2,"), ref.out());
        assertTrue(ref.out().length() < explained.out().length());
    }

    @Test
    void evaluate_refuses_an_unknown_citations_value_before_the_rules_load(@TempDir Path tmp) throws IOException {
        Path rules = MiniRules.create(tmp);
        MiniRules.write(rules, "broken.drl", "rule \"x\" when then end end\n");
        Run r = run("evaluate", "facts/face-swap-app.json", "--citations", "short", "--rules", rules.toString());
        assertEquals(2, r.exit());
        assertEquals("synthlex evaluate: unknown --citations 'short'; use full or ref" + System.lineSeparator(), r.err());
    }

    private static String withoutLoadTime(String answer) {
        return answer.replaceFirst("\"loadedAt\" : \"[^\"]*\"", "");
    }

    private static Path copyOfProjectRules(Path target) throws IOException {
        Path from = TestRuleBase.RULES;
        try (var files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path to = target.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to); else Files.copy(p, to);
            }
        }
        return target;
    }

    @Test
    void evaluate_answers_an_invalid_file_with_the_problem_and_exit_1(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("bad.json"), "{\"roles\":[]}");
        Run r = run("evaluate", file.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("\"pointer\" : \"/name\""), r.out());
    }

    @Test
    void a_broken_rule_base_exits_2_with_file_and_line(@TempDir Path tmp) throws IOException {
        Path rules = MiniRules.create(tmp);
        MiniRules.write(rules, "broken.drl", "rule \"x\" when then end end\n");
        Run r = run("evaluate", "facts/face-swap-app.json", "--rules", rules.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("rules/broken.drl:6:"), r.err());
    }

    @Test
    void test_scenarios_passes_on_the_projects_scenarios() {
        Run r = run("test-scenarios");
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains(" failed") && r.out().contains(", 0 failed"), r.out());
    }

    @Test
    void test_scenarios_prints_expected_vs_actual_and_exits_1_on_a_failure(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("tests-scenarios"));
        Files.createDirectories(tmp.resolve("facts"));
        Files.copy(Path.of("facts/face-swap-app.json"), tmp.resolve("facts/face-swap-app.json"));
        Files.writeString(dir.resolve("wrong.yaml"), """
                name: expects the wrong bearer
                service: facts/face-swap-app.json
                asOf: 2024-01-01
                expect:
                  obligations: [ { id: dsp.label.implicit, bearer: app-store } ]
                """);
        Run r = run("test-scenarios", dir.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("FAIL tests-scenarios/wrong.yaml"), r.out());
        assertTrue(r.out().contains("obligation dsp.label.implicit: expected bearer app-store, got service-provider"), r.out());
        assertTrue(r.out().contains("scenarios: 0 passed, 1 failed"), r.out());
    }

    @Test
    void test_scenarios_runs_one_file() {
        Run r = run("test-scenarios", "tests-scenarios/ahim-app-store.yaml");
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().startsWith("PASS tests-scenarios/ahim-app-store.yaml  "), r.out());
        assertTrue(r.out().endsWith("scenarios: 1 passed, 0 failed" + System.lineSeparator()), r.out());
    }

    @Test
    void test_scenarios_filters_by_name() {
        Run r = run("test-scenarios", "--name", "^App store on 2026-07-15");
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("PASS tests-scenarios/ahim-app-store.yaml  App store on 2026-07-15"), r.out());
        assertTrue(r.out().contains("scenarios: 1 passed, 0 failed"), r.out());
        Run none = run("test-scenarios", "--name", "no scenario is called this");
        assertEquals(1, none.exit());
        assertEquals("synthlex test-scenarios: no scenario in tests-scenarios matches --name 'no scenario is called this'; check the path or the pattern"
                + System.lineSeparator(), none.err());
    }

    @Test
    void test_scenarios_refuses_a_missing_path_with_one_line() {
        Run r = run("test-scenarios", "tests-scenarios/nope.yaml");
        assertEquals(2, r.exit());
        assertEquals("synthlex test-scenarios: no scenarios directory or file at tests-scenarios/nope.yaml; check the path" + System.lineSeparator(), r.err());
    }

    @Test
    void test_scenarios_reads_the_service_from_the_scenarios_own_folder_and_reports_every_failure_with_file_and_line(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("copy"));
        Files.copy(Path.of("facts/face-swap-app.json"), dir.resolve("face-swap-app.json")); // beside the scenario, not in tmp/
        Files.writeString(dir.resolve("wrong.yaml"), """
                name: expects two wrong things
                service: face-swap-app.json
                asOf: 2024-01-01
                expect:
                  obligations:
                    - { id: dsp.label.implicit, bearer: app-store }
                    - { id: dsp.no-such-duty }
                """);
        Run r = run("test-scenarios", dir.resolve("wrong.yaml").toString());
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains("FAIL copy/wrong.yaml  expects two wrong things"), r.out());
        assertTrue(r.out().contains("     - copy/wrong.yaml:6: obligation dsp.label.implicit: expected bearer app-store, got service-provider"), r.out());
        assertTrue(r.out().contains("     - copy/wrong.yaml:7: obligation dsp.no-such-duty: expected, but it did not come back"), r.out());
    }
}
