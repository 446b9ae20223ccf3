package synthlex.mutation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import synthlex.TestRuleBase;

/**
 * The mutation check on the project's rules/ and tests-scenarios/: every rule and every citation
 * must be noticed by some scenario. Tagged "mutation", so it runs only with {@code mvn -P
 * mutation verify} for now (README, "Is every rule tested?"); it prints the full report.
 */
@Tag("mutation")
class RealRulesMutationTest {
    @Test
    void every_rule_and_every_citation_is_noticed_by_a_scenario() throws IOException {
        MutationReport report = MutationCheck.run(TestRuleBase.get(), Path.of("tests-scenarios"), r -> true,
                Runtime.getRuntime().availableProcessors());
        report.lines().forEach(System.out::println);
        assertTrue(report.ran(), "scenarios fail on the rule base as it is: " + report.failing());
        assertEquals(0, report.survivors().size(), "mutants survive; the report above names each and the scenario that would notice it");
    }
}
