package synthlex.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kie.api.definition.rule.Rule;
import synthlex.engine.RuleActions;
import synthlex.law.Citation;
import synthlex.law.SourceCatalog;
import synthlex.law.UnresolvedCitationException;
import synthlex.model.Code;
import synthlex.model.Role;
import synthlex.timing.TimingSpec;
import synthlex.timing.TimingSyntax;

/**
 * Reads and checks rule metadata ({@code @id @kind @bearer @cites @title @summary @reading
 * @timing @timingBasis @classifies}). Every problem is reported as {@code rules/file.drl:LINE: message}.
 */
final class RuleMetadata {
    static final String ID = "id", KIND = "kind", BEARER = "bearer", CITES = "cites", TITLE = "title",
            SUMMARY = "summary", READING = "reading", TITLE_ZH = "titleZh", SUMMARY_ZH = "summaryZh",
            READING_ZH = "readingZh", ALTERNATIVE = "alternative", ALTERNATIVE_ZH = "alternativeZh";

    private RuleMetadata() { }

    static List<RuleInfo> read(List<Map.Entry<Rule, String>> rules, RuleFiles files, String shown, SourceCatalog sources,
                               List<String> problems) {
        Map<String, Map<String, Integer>> declarations = new HashMap<>();
        List<RuleInfo> out = new ArrayList<>();
        for (Map.Entry<Rule, String> e : rules) {
            Rule rule = e.getKey();
            String file = e.getValue();
            int line = declarations.computeIfAbsent(file, f -> declarationLines(files.lines(f))).getOrDefault(rule.getName(), 0);
            String where = shown + "/" + file + ":" + line + ": rule \"" + rule.getName() + "\": ";
            Map<String, Object> md = rule.getMetaData();
            String id = str(md, ID), classifies = str(md, RuleActions.CLASSIFIES);
            if (id == null && classifies == null) {
                problems.add(where + "needs @id (an obligation rule) or @classifies (a classification rule)");
                continue;
            }
            if (id != null && classifies != null) {
                problems.add(where + "has both @id and @classifies; a rule derives one thing");
                continue;
            }
            ObligationKind kind = null;
            Role bearer = null;
            if (id != null) {
                kind = parse(ObligationKind.class, str(md, KIND), KIND, where, problems);
                bearer = parse(Role.class, str(md, BEARER), BEARER, where, problems);
                if (str(md, CITES) == null) problems.add(where + "needs @cites: an obligation cites the law that imposes it");
            }
            if (str(md, TITLE) == null) problems.add(where + "needs @title");
            Reading reading = null;
            if (str(md, READING) != null) {
                reading = new Reading(str(md, READING), str(md, READING_ZH), str(md, ALTERNATIVE), str(md, ALTERNATIVE_ZH));
            } else if (str(md, READING_ZH) != null || str(md, ALTERNATIVE) != null || str(md, ALTERNATIVE_ZH) != null) {
                problems.add(where + "has @readingZh or @alternative without @reading");
            }
            List<Citation> citations = new ArrayList<>();
            if (str(md, CITES) != null) {
                for (String ref : str(md, CITES).split(";")) {
                    if (ref.isBlank()) continue;
                    try {
                        citations.add(sources.resolve(ref.trim()));
                    } catch (UnresolvedCitationException x) {
                        problems.add(where + "@cites " + x.getMessage());
                    }
                }
            }
            List<TimingSpec> timing = List.of();
            if (id != null) {
                timing = timing(md, citations, sources, where, problems);
            } else if (str(md, TimingSyntax.TIMING) != null || str(md, TimingSyntax.TIMING_BASIS) != null) {
                problems.add(where + "has @timing or @timingBasis but derives a classification; only obligations have a timing");
            }
            out.add(new RuleInfo(rule.getName(), shown + "/" + file, line, 0, id, classifies, kind, bearer,
                    List.copyOf(citations), str(md, TITLE), str(md, SUMMARY), str(md, TITLE_ZH), str(md, SUMMARY_ZH),
                    reading, timing));
        }
        out.sort(Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line));
        List<RuleInfo> ordered = new ArrayList<>();
        for (RuleInfo r : out) {
            ordered.add(new RuleInfo(r.name(), r.file(), r.line(), ordered.size(), r.obligationId(), r.classifies(),
                    r.kind(), r.bearer(), r.citations(), r.title(), r.summary(), r.titleZh(), r.summaryZh(), r.reading(), r.timing()));
        }
        checkSharedIds(ordered, problems);
        return ordered;
    }

    /**
     * An obligation's {@code @timing} and {@code @timingBasis} (see {@link TimingSyntax}). A basis
     * must be registered law in force no later than the rule's own earliest citation, so that on
     * every day the rule can ground an answer, the provision it names for the timing binds too.
     */
    private static List<TimingSpec> timing(Map<String, Object> md, List<Citation> citations, SourceCatalog sources,
                                           String where, List<String> problems) {
        TimingSyntax.Parsed parsed = TimingSyntax.parse(str(md, TimingSyntax.TIMING), str(md, TimingSyntax.TIMING_BASIS), sources::resolve);
        for (String p : parsed.problems()) problems.add(where + p);
        java.time.LocalDate earliest = citations.stream().map(Citation::effective).min(java.time.LocalDate::compareTo).orElse(null);
        for (TimingSpec t : parsed.specs()) {
            if (t.basis() != null && earliest != null && t.basis().effective().isAfter(earliest)) {
                problems.add(where + "@timingBasis '" + t.basis().ref() + "' comes into force on " + t.basis().effective()
                        + ", after the rule's own citation (" + earliest + "): it cannot fix the timing before then");
            }
        }
        return parsed.specs();
    }

    /**
     * Several rules may ground one obligation (each citing its own basis), but they must agree on what
     * it is. They need not agree on its timing: where one instrument sets a year and another only says
     * "定期", or one rule adds a deadline another lacks, the answer takes the earliest timing of the
     * rules that ground it on the day asked about ({@link TimingSpec#EARLIEST}, with that rule's basis),
     * because a service bound by several laws meets them all only by meeting the strictest.
     */
    private static void checkSharedIds(List<RuleInfo> rules, List<String> problems) {
        Map<String, List<RuleInfo>> byId = rules.stream().filter(RuleInfo::isObligation)
                .collect(Collectors.groupingBy(RuleInfo::obligationId));
        byId.forEach((id, group) -> {
            RuleInfo first = group.get(0);
            for (RuleInfo other : group.subList(1, group.size())) {
                if (other.kind() != first.kind() || other.bearer() != first.bearer() || !Objects.equals(other.title(), first.title())) {
                    problems.add(other.file() + ":" + other.line() + ": rule \"" + other.name() + "\": obligation id '" + id
                            + "' is already used by rule \"" + first.name() + "\" (" + first.file() + ":" + first.line()
                            + ") with a different kind, bearer or title; give it its own id");
                }
            }
        });
    }

    private static <E extends Enum<E> & Code> E parse(Class<E> type, String value, String key, String where, List<String> problems) {
        if (value == null) {
            problems.add(where + "needs @" + key);
            return null;
        }
        try {
            return Code.parse(type, value);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Code::code).collect(Collectors.joining(", "));
            problems.add(where + "@" + key + "(\"" + value + "\") is not allowed; allowed: " + allowed);
            return null;
        }
    }

    private static String str(Map<String, Object> md, String key) {
        Object v = md.get(key);
        if (v == null) return null;
        String s = v.toString().trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) s = s.substring(1, s.length() - 1);
        return s.isEmpty() ? null : s;
    }

    private static final Pattern DECLARATION = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");

    /** The line each rule is declared on, read in one pass over its file (the first, should a name repeat). */
    private static Map<String, Integer> declarationLines(List<String> lines) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            java.util.regex.Matcher m = DECLARATION.matcher(lines.get(i));
            if (m.find()) out.putIfAbsent(m.group(1), i + 1);
        }
        return out;
    }
}
