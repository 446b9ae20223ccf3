package synthlex.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the line of a compile error that Drools reports without one (line 0), e.g. an expression
 * naming an enum value that does not exist: the expression is searched for in the file.
 */
final class ErrorLocator {
    private static final Pattern EXPRESSION = Pattern.compile("Unable to Analyse Expression (.+?): \\[Error");
    private static final Pattern RULE = Pattern.compile("rule \"([^\"]+)\"");

    private ErrorLocator() { }

    static int line(List<String> lines, String message) {
        Matcher expr = EXPRESSION.matcher(message);
        if (expr.find()) {
            int at = find(lines, expr.group(1).replaceAll("\\s+", ""));
            if (at > 0) return at;
        }
        Matcher rule = RULE.matcher(message);
        if (rule.find()) return find(lines, "rule\"" + rule.group(1) + "\"");
        return 0;
    }

    /** The first line containing {@code needle}, compared without white space. */
    private static int find(List<String> lines, String needle) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).replaceAll("\\s+", "").contains(needle)) return i + 1;
        }
        return 0;
    }
}
