package synthlex;

import java.nio.file.Path;
import synthlex.engine.Evaluator;
import synthlex.rules.RuleBase;
import synthlex.rules.RuleBaseLoader;

/** The project's real rule base, loaded once per test JVM (a load takes about a second). */
public final class TestRuleBase {
    public static final Path RULES = Path.of("rules");
    private static RuleBase ruleBase;

    private TestRuleBase() { }

    public static synchronized RuleBase get() {
        if (ruleBase == null) ruleBase = RuleBaseLoader.load(RULES);
        return ruleBase;
    }

    public static Evaluator evaluator() { return new Evaluator(get()); }
}
