package synthlex.rules;

import java.util.List;

/** The rule base could not be built; each problem reads {@code rules/x.drl:LINE: message}. */
public class RuleBaseException extends RuntimeException {
    private final List<String> problems;

    public RuleBaseException(List<String> problems) {
        super(problems.size() + " problem(s) in the rule base:\n" + String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() { return problems; }
}
