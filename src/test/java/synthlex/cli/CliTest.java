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
}
