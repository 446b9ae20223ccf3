package synthlex.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import synthlex.mutation.MutationCheck.Outcome;
import synthlex.rules.RuleBase;
import synthlex.rules.RuleBaseLoader;

/** The mutation check on a three-rule project: what is noticed, what survives, and what it says about survivors. */
class MutationCheckTest {
    @TempDir Path tmp;

    private MutationReport check() throws IOException {
        RuleBase rb = RuleBaseLoader.load(tmp.resolve("rules"));
        return MutationCheck.run(rb, tmp.resolve("tests-scenarios"), r -> true, 2);
    }

    /** Each mutant, and the scenario that noticed it or "survives". */
    private static List<String> outcomes(MutationReport report) {
        return report.outcomes().stream().map(MutationCheckTest::outcome).toList();
    }

    private static String outcome(Outcome o) {
        String what = o.mutant().rule().name() + (o.mutant().dropped() == null ? " removed" : " without " + o.mutant().dropped().ref());
        return what + ": " + (o.survived() ? "survives" : "noticed by " + o.noticedBy());
    }

    @Test
    void a_rule_a_scenario_expects_is_noticed_and_a_rule_no_scenario_mentions_survives_with_file_line_and_name() throws IOException {
        MiniMutation.project(tmp);
        MiniMutation.scenario(tmp, "label.yaml", """
                name: a publisher must label
                service: %s
                asOf: 2030-06-01
                expect:
                  obligations: [ { id: tst.label } ]
                """.formatted(MiniMutation.PUBLISHER));
        MutationReport report = check();
        assertEquals(List.of(
                "Publishing service removed: noticed by tests-scenarios/label.yaml",
                "Label removed: noticed by tests-scenarios/label.yaml",
                "Label without TST Art. 1: survives",
                "Label without TST Art. 2(1): survives",
                "Show the number removed: survives"), outcomes(report));
        assertEquals(1, report.exitCode());
        assertEquals(List.of(
                "rules/test.drl:14: rule \"Label\" (obligation tst.label): no scenario fails when its citation TST Art. 1 is dropped"
                        + " — add a scenario that expects tst.label citing TST Art. 1 (expect: obligations: [{id: tst.label, citations:"
                        + " [TST Art. 1]}]) for a service that plays the role service-provider and is classified as: Publishes",
                "    tests-scenarios/label.yaml changes unchecked: ~ tst.label: no longer cites [TST Art. 1];"
                        + " timing ongoing [Test Measures Art. 1] -> ongoing [Test Measures Art. 2(1)] — expect there what it loses",
                "rules/test.drl:14: rule \"Label\" (obligation tst.label): no scenario fails when its citation TST Art. 2(1) is dropped"
                        + " — add a scenario that expects tst.label citing TST Art. 2(1) (expect: obligations: [{id: tst.label, citations:"
                        + " [TST Art. 2(1)]}]) for a service that plays the role service-provider and is classified as: Publishes",
                "    tests-scenarios/label.yaml changes unchecked: ~ tst.label: no longer cites [TST Art. 2(1)] — expect there what it loses",
                "rules/test.drl:23: rule \"Show the number\" (obligation tst.number): no scenario fails when it is removed — add a scenario"
                        + " that expects tst.number with citations [TST Art. 2(2)] for a service that plays the role service-provider"
                        + " and has the capability chat",
                "    no scenario's answer changes without it: write a new scenario (no scenario's service meets its conditions,"
                        + " or other rules give the same answer)",
                "",
                "mutation: 1 scenario, 5 mutants (3 rules removed, 2 citations dropped) in " + secs(report) + " s",
                "2 of 3 rules noticed (66 %)",
                "0 of 2 dropped citations noticed (0 %)"), report.lines());
    }

    @Test
    void a_dropped_second_citation_is_noticed_only_when_a_scenario_asserts_it() throws IOException {
        MiniMutation.project(tmp);
        MiniMutation.scenario(tmp, "label.yaml", """
                name: a publisher must label, citing the filing article
                service: %s
                asOf: 2030-06-01
                expect:
                  obligations: [ { id: tst.label, citations: [TST Art. 2(1)] } ]
                """.formatted(MiniMutation.PUBLISHER));
        assertEquals(List.of(
                "Publishing service removed: noticed by tests-scenarios/label.yaml",
                "Label removed: noticed by tests-scenarios/label.yaml",
                "Label without TST Art. 1: survives",
                "Label without TST Art. 2(1): noticed by tests-scenarios/label.yaml",
                "Show the number removed: survives"), outcomes(check()));
    }

    @Test
    void a_scenario_that_fails_on_the_rule_base_as_it_is_is_reported_and_no_mutant_is_run() throws IOException {
        MiniMutation.project(tmp);
        MiniMutation.scenario(tmp, "label.yaml", """
                service: %s
                asOf: 2030-06-01
                expect: { obligations: [ { id: tst.label } ] }
                """.formatted(MiniMutation.PUBLISHER));
        MiniMutation.scenario(tmp, "wrong.yaml", """
                name: expects what does not apply
                service: %s
                asOf: 2030-06-01
                expect: { obligations: [ { id: tst.number } ] }
                """.formatted(MiniMutation.PUBLISHER));
        MutationReport report = check();
        assertFalse(report.ran());
        assertEquals(List.of(), report.outcomes());
        assertEquals(1, report.exitCode());
        assertEquals(List.of(
                "FAIL tests-scenarios/wrong.yaml  expects what does not apply",
                "     - obligation tst.number: expected, but it did not come back",
                "mutation: not run: 1 of 2 scenarios fail on the rule base as it is, so no mutant could be told from the original;"
                        + " fix them first (test-scenarios)"), report.lines());
    }

    private static String secs(MutationReport r) {
        return String.format(java.util.Locale.ROOT, "%.1f", r.seconds());
    }
}
