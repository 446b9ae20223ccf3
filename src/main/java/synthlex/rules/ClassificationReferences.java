package synthlex.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule that matches a classification no rule derives can never fire: a misspelt id would fail
 * silently. This check makes it a load error with file and line, as a misspelt enum value is.
 */
final class ClassificationReferences {
    private static final Pattern REFERENCE = Pattern.compile(
            "Classification\\s*\\(\\s*id\\s*(?:==\\s*\"([^\"]+)\"|in\\s*\\(([^)]*)\\))");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]+)\"");

    private ClassificationReferences() { }

    /** {@code drl}: each rule file's path and text. */
    static void check(Map<String, String> drl, String shown, List<RuleInfo> rules, List<String> problems) {
        Set<String> derived = new TreeSet<>();
        rules.stream().filter(RuleInfo::isClassification).forEach(r -> derived.add(r.classifies()));
        for (Map.Entry<String, String> file : drl.entrySet()) {
            String text = file.getValue().replaceAll("//[^\n]*", ""); // comments may show examples
            Matcher m = REFERENCE.matcher(text);
            int line = 1, counted = 0; // lines counted up to 'counted', once over the file
            while (m.find()) {
                for (; counted < m.start(); counted++) if (text.charAt(counted) == '\n') line++;
                String where = shown + "/" + file.getKey() + ":" + line + ": ";
                if (m.group(1) != null) {
                    report(m.group(1), derived, where, problems);
                } else {
                    Matcher lit = LITERAL.matcher(m.group(2));
                    while (lit.find()) report(lit.group(1), derived, where, problems);
                }
            }
        }
    }

    private static void report(String id, Set<String> derived, String where, List<String> problems) {
        if (!derived.contains(id)) {
            problems.add(where + "classification '" + id + "' is derived by no rule, so this rule can never fire");
        }
    }
}
