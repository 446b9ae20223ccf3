package synthlex.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import synthlex.MiniRules;

class LintTest {
    @Test
    void the_projects_rules_and_scenarios_are_clean() throws IOException {
        List<Lint.Problem> errors = Lint.run(Path.of("rules"), Path.of("tests-scenarios")).stream()
                .filter(p -> p.severity() == Lint.Severity.ERROR).toList();
        assertEquals(List.of(), errors.stream().map(Lint.Problem::toString).toList());
    }

    @Test
    void reports_load_errors_with_file_and_line(@TempDir Path tmp) throws IOException {
        Path rules = MiniRules.create(tmp);
        MiniRules.write(rules, "x.drl", """
                rule "Bad kind"
                    @id("tst.x") @kind("paperwork") @bearer("service-provider") @cites("TST Art. 1") @timing("ongoing") @title("x") @titleZh("x")
                when
                    HasRole( role == Role.SERVICE_PROVIDER )
                then
                    obligation(drools);
                end
                """);
        List<Lint.Problem> problems = Lint.run(rules, tmp.resolve("none"));
        assertEquals(1, problems.size());
        assertEquals("rules/x.drl:6", problems.get(0).location());
        assertEquals(Lint.Severity.ERROR, problems.get(0).severity());
    }

    @Test
    void reports_scenario_typos_uncovered_obligations_and_missing_chinese(@TempDir Path tmp) throws IOException {
        Path rules = MiniRules.create(tmp);
        MiniRules.write(rules, "x.drl", """
                rule "Label"
                    @id("tst.label") @kind("labelling") @bearer("service-provider") @cites("TST Art. 1") @timing("ongoing")
                    @title("Label") @summary("Label it.") @titleZh("标识") @summaryZh("应当标识。")
                    @reading("Read so.") @alternative("Or so.")
                when
                    HasRole( role == Role.SERVICE_PROVIDER )
                then
                    obligation(drools);
                end

                rule "Show the number"
                    @id("tst.number") @kind("notice") @bearer("service-provider") @cites("TST Art. 2(2)") @timing("ongoing")
                    @title("Show") @summary("Show it.")
                when
                    HasRole( role == Role.SERVICE_PROVIDER )
                then
                    obligation(drools);
                end
                """);
        Path scenarios = Files.createDirectories(tmp.resolve("tests-scenarios"));
        Files.writeString(scenarios.resolve("s.yaml"), """
                name: typo
                service: { name: x, roles: [service-provider] }
                expect:
                  obligations: [ { id: tst.label } ]
                  classifications: [ { id: publisher } ]
                forbid:
                  obligations: [tst.lable]
                """);
        List<String> problems = Lint.run(rules, scenarios).stream().map(Lint.Problem::toString).toList();
        assertEquals(List.of(
                "rules/x.drl:6: error: rule \"Label\" has @alternative but no @alternativeZh",
                "rules/x.drl:6: error: rule \"Label\" has @reading but no @readingZh (answers in Chinese show it in English)",
                "rules/x.drl:16: error: obligation 'tst.number' is neither expected nor forbidden by any scenario",
                "rules/x.drl:16: error: rule \"Show the number\" needs @summaryZh",
                "rules/x.drl:16: error: rule \"Show the number\" needs @titleZh (answers in Chinese show it)",
                "tests-scenarios/s.yaml:5: error: no rule derives classification 'publisher'",
                "tests-scenarios/s.yaml:7: error: no rule has obligation id 'tst.lable'"), problems);
    }
    @Test
    void rejects_an_obligation_without_timing_a_malformed_one_an_unresolved_basis_and_an_ongoing_with_a_period(@TempDir Path tmp)
            throws IOException {
        Path rules = MiniRules.create(tmp);
        String rule = """
                rule "%s"
                    @id("tst.%s") @kind("other") @bearer("service-provider") @cites("TST Art. 1") %s @title("x") @titleZh("x")
                when
                    HasRole( role == Role.SERVICE_PROVIDER )
                then
                    obligation(drools);
                end
                """;
        MiniRules.write(rules, "t.drl", rule.formatted("No timing", "a", "")
                + rule.formatted("Malformed", "b", "@timing(\"within 10 days from launch\")")
                + rule.formatted("Unresolved basis", "c", "@timing(\"before-launch\") @timingBasis(\"TST Art. 9\")")
                + rule.formatted("Ongoing with a period", "d", "@timing(\"ongoing P10D\")")
                + rule.formatted("Basis in force later", "e", "@timing(\"at-launch\") @timingBasis(\"TST Art. 2(2)\")")
                + rule.formatted("Fine", "f", "@timing(\"within P10D working-days from launch\") @timingBasis(\"TST Art. 2(1)\")"));
        List<String> problems = Lint.run(rules, tmp.resolve("none")).stream().map(Lint.Problem::toString).toList();
        assertEquals(List.of(
                "rules/t.drl:6: error: rule \"No timing\": needs @timing: when the duty must be met (before-launch, at-launch, within,"
                        + " periodic, on-event, ongoing), e.g. @timing(\"within P10D working-days from launch\"); \"ongoing\" where the law gives no time",
                "rules/t.drl:13: error: rule \"Malformed\": @timing(\"within 10 days from launch\"): '10' is not understood;"
                        + " write e.g. \"within P10D working-days from launch\"",
                "rules/t.drl:13: error: rule \"Malformed\": @timing(\"within 10 days from launch\"): 'days' is not understood;"
                        + " write e.g. \"within P10D working-days from launch\"",
                "rules/t.drl:20: error: rule \"Unresolved basis\": @timingBasis 'TST Art. 9' is not registered in rules/sources/test-measures.yaml",
                "rules/t.drl:27: error: rule \"Ongoing with a period\": @timing(\"ongoing P10D\"): ongoing is for duties the law gives no time,"
                        + " so it names no period, working days, interval or event; where the law gives a period, write \"within …\" or \"periodic every …\"",
                "rules/t.drl:34: error: rule \"Basis in force later\": @timingBasis 'TST Art. 2(2)' comes into force on 2031-01-01,"
                        + " after the rule's own citation (2030-01-01): it cannot fix the timing before then"), problems);
    }
}
