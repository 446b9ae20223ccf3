package synthlex.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import synthlex.TestRuleBase;

/** The runner must fail a scenario for each way the answer can be wrong, and say how. */
class ScenarioRunnerTest {
    @TempDir Path tmp;

    private ScenarioResult run(String yaml) throws IOException {
        Path file = Files.writeString(tmp.resolve("s.yaml"), yaml);
        return new ScenarioRunner(TestRuleBase.evaluator(), Path.of("")).run(file);
    }

    @Test
    void reports_every_wrong_expectation_with_expected_and_actual() throws IOException {
        ScenarioResult r = run("""
                name: wrong on purpose (dated before GAIM and LM, so DSP alone grounds the label)
                service: facts/face-swap-app.json
                asOf: 2023-06-01
                expect:
                  obligations:
                    - { id: dsp.label.conspicuous.person-image, kind: notice, bearer: user, citations: [DSP Art. 17(1)(2)] }
                    - { id: no.such.obligation }
                  classifications:
                    - { id: public-opinion-attributes, status: undetermined }
                forbid:
                  obligations: [algorithm-filing]
                  citations: [DSP Art. 16]
                """);
        assertEquals(List.of(
                "obligation dsp.label.conspicuous.person-image: expected kind notice, got labelling",
                "obligation dsp.label.conspicuous.person-image: expected bearer user, got service-provider",
                "obligation dsp.label.conspicuous.person-image: expected citations [DSP Art. 17(1)(2)], got [DSP Art. 17(1)(3)] (missing [DSP Art. 17(1)(2)])",
                "obligation no.such.obligation: expected, but it did not come back",
                "classification public-opinion-attributes: expected status undetermined, got applies"),
                r.failures().subList(0, 5));
        assertTrue(r.failures().get(5).startsWith("obligation algorithm-filing: forbidden, but it came back (applies, [")
                && r.failures().get(5).contains("DSP Art. 19(1)"), r.failures().get(5));
        assertTrue(r.failures().stream().anyMatch(f -> f.startsWith("citation DSP Art. 16: forbidden, but obligation")), r.failures().toString());
    }

    @Test
    void an_unregistered_citation_or_an_invalid_service_fails_the_scenario() throws IOException {
        assertEquals(List.of("scenario cites 'DSP Art. 99' is not registered in rules/sources/deep-synthesis-provisions.yaml"),
                run("""
                        service: facts/face-swap-app.json
                        forbid: { citations: [DSP Art. 99] }
                        """).failures());
        assertEquals(List.of("service is invalid at /capabilities/0: unknown capability 'faceswap'; allowed: "
                        + String.join(", ", synthlex.SchemaTest.codes(synthlex.model.Capability.class))),
                run("""
                        service: { name: x, roles: [service-provider], capabilities: [faceswap] }
                        """).failures());
    }
    @Test
    void checks_the_timing_members_given_and_the_summary() throws IOException {
        ScenarioResult r = run("""
                name: wrong on purpose
                service: facts/face-swap-app.json
                asOf: 2026-06-01
                expect:
                  obligations:
                    - id: algorithm-filing
                      timing:
                        when: within
                        period: P10D
                        workingDays: true
                        from: launch
                        basis: ARP Art. 24(2)
                        also: [ { from: change }, { period: P30D } ]
                    - { id: dsp.label.implicit, timing: { when: before-launch } }
                  summary:
                    byStatus: { applies: 1 }
                    byTiming: { soon: 1 }
                    next: [algorithm-filing]
                """);
        List<String> f = r.failures();
        assertEquals("obligation algorithm-filing: timing: expected basis Algorithm Recommendation Provisions Art. 24(2),"
                + " got Algorithm Recommendation Provisions Art. 24(1)", f.get(0));
        assertEquals("obligation algorithm-filing: timing.also[1]: expected period P30D, got P20D", f.get(1));
        assertEquals("obligation dsp.label.implicit: timing: expected when before-launch, got at-launch", f.get(2));
        assertTrue(f.get(3).startsWith("summary: expected byStatus.applies 1, got "), f.get(3));
        assertTrue(f.get(4).startsWith("summary: byTiming has no key 'soon'"), f.get(4));
        assertTrue(f.get(5).startsWith("summary: expected next [algorithm-filing], got ["), f.get(5));
        assertEquals(6, f.size(), f.toString());
    }
}
