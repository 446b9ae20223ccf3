package synthlex.scenarios;

import java.util.List;

/** One scenario's outcome: each failure says what was expected and what came back. */
public record ScenarioResult(String file, String name, List<String> failures) {
    public boolean passed() { return failures.isEmpty(); }
}
