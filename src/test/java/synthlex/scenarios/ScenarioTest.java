package synthlex.scenarios;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import synthlex.TestRuleBase;

/** Every file in tests-scenarios/ runs as its own test, through the same evaluator as the API. */
class ScenarioTest {
    private static final Path DIR = Path.of("tests-scenarios");

    static Stream<Path> scenarios() throws IOException {
        return ScenarioRunner.scenarioFiles(DIR).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenario(Path file) {
        ScenarioResult result = new ScenarioRunner(TestRuleBase.evaluator(), Path.of("")).run(file);
        assertTrue(result.passed(), () -> file + ": " + result.name() + "\n  - " + String.join("\n  - ", result.failures()));
    }

    @Test
    void there_are_enough_scenarios() throws IOException {
        List<Path> files = ScenarioRunner.scenarioFiles(DIR);
        assertTrue(files.size() >= 15, "scenarios: " + files.size());
    }
}
