package synthlex.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import synthlex.law.Citation;
import synthlex.law.Instrument;
import synthlex.law.SourceCatalog;

/**
 * What every Markdown document of a pack must satisfy, as lists of problems (empty when it does):
 * no empty section; every citation bracket names a registered provision; every line that states a
 * requirement carries such a bracket; in the drafting documents every list item is cited or marked
 * as practice, as filled in from the description, or as still to write; every quotation is
 * registered text. Shared by the pack, API and CLI tests.
 */
final class PackChecks {
    /** A citation bracket: not escaped, not a link. */
    static final Pattern BRACKET = Pattern.compile("(?<!\\\\)\\[([^\\[\\]]+)\\](?!\\()");
    /** Words that state a legal requirement (outside quotations of the law itself). */
    static final Pattern REQUIREMENT = Pattern.compile("\\b(must|shall|may not|required|requires|prohibited)\\b|应当|必须|不得|禁止");
    static final List<String> MARKS = List.of("(practice, not law)", "（实务做法，非法律规定）", "(from the description)", "（据服务描述）",
            "TODO — to be written by the team", "待办 — 由团队填写");

    private PackChecks() { }

    static List<String> emptySections(String file, String md) {
        List<String> problems = new ArrayList<>();
        String[] lines = md.split("\n");
        for (int i = 0; i < lines.length; i++) {
            int level = level(lines[i]);
            if (level == 0) continue;
            boolean content = false;
            for (int j = i + 1; j < lines.length; j++) {
                int l = level(lines[j]);
                if (l > 0 && l <= level) break;
                if (l == 0 && !lines[j].isBlank()) {
                    content = true;
                    break;
                }
            }
            if (!content) problems.add(file + ":" + (i + 1) + ": empty section: " + lines[i]);
        }
        return problems;
    }

    static int level(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == '#') n++;
        return n > 0 && n < line.length() && line.charAt(n) == ' ' ? n : 0;
    }

    /** Brackets that name no registered provision. */
    static List<String> unresolved(String file, String md, Sources sources) {
        List<String> problems = new ArrayList<>();
        String[] lines = md.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher m = BRACKET.matcher(code(lines[i]));
            while (m.find()) {
                if (sources.byKey(m.group(1)) == null) problems.add(file + ":" + (i + 1) + ": [" + m.group(1) + "] is not a registered provision");
            }
        }
        return problems;
    }

    /** The line without its code spans (ids, facts, values such as ["forum"]): brackets there are not citations. */
    static String code(String line) {
        return line.replaceAll("`[^`]*`", "");
    }

    static boolean cited(String line, Sources sources) {
        Matcher m = BRACKET.matcher(code(line));
        while (m.find()) if (sources.byKey(m.group(1)) != null) return true;
        return false;
    }

    static boolean quote(String line) {
        return line.stripLeading().startsWith(">");
    }

    /** Lines that state a requirement without a citation (a heading may have it on its first line). */
    static List<String> uncitedRequirements(String file, String md, Sources sources) {
        List<String> problems = new ArrayList<>();
        String[] lines = md.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (quote(line) || !REQUIREMENT.matcher(words(line)).find()) continue;
            if (cited(line, sources)) continue;
            if (level(line) > 0 && firstContent(lines, i) != null && cited(firstContent(lines, i), sources)) continue;
            problems.add(file + ":" + (i + 1) + ": a requirement without a citation: " + line);
        }
        return problems;
    }

    /**
     * The line without what is not a sentence of the document: code spans (ids, facts, field names)
     * and the names of the kinds of obligation (禁止性规定, "Prohibitions": a category, not a requirement).
     */
    static String words(String line) {
        String out = code(line);
        for (Language l : Language.values()) out = out.replace(Terms.kind("prohibition", l), "");
        return out;
    }

    private static String firstContent(String[] lines, int heading) {
        for (int j = heading + 1; j < lines.length; j++) if (!lines[j].isBlank()) return level(lines[j]) > 0 ? null : lines[j];
        return null;
    }

    /** In a drafting document: list items that are neither cited nor marked. */
    static List<String> unmarkedItems(String file, String md, Sources sources) {
        List<String> problems = new ArrayList<>();
        String[] lines = md.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!line.stripLeading().startsWith("- ")) continue;
            if (cited(line, sources) || MARKS.stream().anyMatch(line::contains)) continue;
            problems.add(file + ":" + (i + 1) + ": neither cited nor marked: " + line);
        }
        return problems;
    }

    /** In the labelling spec: list items whose brackets are not each followed by the provision's verification mark. */
    static List<String> unverifiedItems(String file, String md, Sources sources) {
        List<String> problems = new ArrayList<>();
        String[] lines = md.split("\n");
        boolean inSources = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (level(line) == 2) inSources = line.contains("Sources cited") || line.contains("引用的法律依据");
            if (inSources || !line.stripLeading().startsWith("- ")) continue;
            line = code(line);
            Matcher m = BRACKET.matcher(line);
            while (m.find()) {
                Citation c = sources.byKey(m.group(1));
                String after = line.substring(m.end());
                boolean zh = file.startsWith("zh/");
                String mark = c == null ? null : " (" + sources.verification(c, zh ? Language.ZH : Language.EN) + ")";
                if (mark == null || !after.startsWith(mark)) problems.add(file + ":" + (i + 1) + ": [" + m.group(1) + "] without its verification mark");
            }
        }
        return problems;
    }

    /** Quoted lines that are not registered text. */
    static List<String> unregisteredQuotes(String file, String md, SourceCatalog catalog) {
        StringBuilder all = new StringBuilder();
        for (Instrument in : catalog.instruments()) all.append(catalog.fullText(in.abbreviation())).append('\n');
        String registered = all.toString();
        List<String> problems = new ArrayList<>();
        String[] lines = md.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (!quote(lines[i])) continue;
            String text = lines[i].stripLeading().substring(1).strip();
            if (!text.isEmpty() && !registered.contains(text)) problems.add(file + ":" + (i + 1) + ": quotes text that is not registered: " + text);
        }
        return problems;
    }
}
