package synthlex.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import synthlex.rules.RuleBase;
import synthlex.rules.RuleBaseException;
import synthlex.rules.RuleBaseLoader;
import synthlex.rules.RuleInfo;
import synthlex.scenarios.ScenarioMentions;
import synthlex.scenarios.ScenarioRunner;

/**
 * Every problem a lawyer can make in rules/ and tests-scenarios/, with file and line. Loading
 * already refuses compile errors, missing or invalid metadata, unresolved citations, conflicting
 * obligation ids and unknown classification ids; lint adds what only the scenarios can show:
 * ids that scenarios name but no rule has, obligations that no scenario expects or forbids, and
 * rules without their Chinese title and summary.
 */
public final class Lint {
    public enum Severity { ERROR, WARNING }

    public record Problem(Severity severity, String location, String message) {
        @Override public String toString() {
            return location + ": " + severity.name().toLowerCase() + ": " + message;
        }
    }

    private static final Pattern LOCATED = Pattern.compile("^(\\S+?:\\d+): (.*)$", Pattern.DOTALL);
    private static final ObjectMapper YAML = new YAMLMapper();

    private Lint() { }

    public static List<Problem> run(Path rulesDir, Path scenariosDir) throws IOException {
        List<Problem> problems = new ArrayList<>();
        RuleBase rb;
        try {
            rb = RuleBaseLoader.load(rulesDir);
        } catch (RuleBaseException e) {
            for (String p : e.problems()) {
                Matcher m = LOCATED.matcher(p);
                problems.add(m.matches() ? new Problem(Severity.ERROR, m.group(1), m.group(2))
                        : new Problem(Severity.ERROR, p.substring(0, Math.max(p.indexOf(": "), 0)), p.substring(p.indexOf(": ") + 2)));
            }
            return problems;
        }
        problems.addAll(check(rb, scenariosDir));
        return problems;
    }

    /** The checks beyond loading, on a rule base already loaded (reload builds it once). */
    public static List<Problem> check(RuleBase rb, Path scenariosDir) throws IOException {
        List<Problem> problems = new ArrayList<>();
        checkTranslations(rb, problems);
        checkScenarios(rb, scenariosDir, problems);
        problems.sort(Comparator.comparing((Problem p) -> p.location().replaceFirst(":\\d+$", ""))
                .thenComparingInt(p -> p.location().matches(".*:\\d+$") ? Integer.parseInt(p.location().replaceFirst("^.*:", "")) : 0)
                .thenComparing(Problem::message));
        return problems;
    }

    private static void checkTranslations(RuleBase rb, List<Problem> problems) {
        for (RuleInfo r : rb.rules()) {
            String at = r.file() + ":" + r.line();
            if (r.titleZh() == null) problems.add(new Problem(Severity.ERROR, at, "rule \"" + r.name() + "\" needs @titleZh (answers in Chinese show it)"));
            if (r.isObligation() && r.summary() == null) problems.add(new Problem(Severity.WARNING, at, "rule \"" + r.name() + "\" has no @summary"));
            if (r.isObligation() && r.summary() != null && r.summaryZh() == null) {
                problems.add(new Problem(Severity.ERROR, at, "rule \"" + r.name() + "\" needs @summaryZh"));
            }
            if (r.reading() != null && r.reading().textZh() == null) {
                problems.add(new Problem(Severity.ERROR, at, "rule \"" + r.name() + "\" has @reading but no @readingZh (answers in Chinese show it in English)"));
            }
            if (r.reading() != null && r.reading().contested() && r.reading().alternativeZh() == null) {
                problems.add(new Problem(Severity.ERROR, at, "rule \"" + r.name() + "\" has @alternative but no @alternativeZh"));
            }
        }
    }

    private static void checkScenarios(RuleBase rb, Path dir, List<Problem> problems) throws IOException {
        Map<String, RuleInfo> obligations = new LinkedHashMap<>();
        rb.obligationRules().forEach(r -> obligations.putIfAbsent(r.obligationId(), r));
        Set<String> classifications = new TreeSet<>();
        rb.classificationRules().forEach(r -> classifications.add(r.classifies()));
        Set<String> mentioned = new TreeSet<>();
        if (!Files.isDirectory(dir)) {
            problems.add(new Problem(Severity.ERROR, dir.toString(), "no scenarios directory"));
            return;
        }
        for (Path file : ScenarioRunner.scenarioFiles(dir)) {
            String shown = dir.getFileName() + "/" + dir.relativize(file).toString().replace('\\', '/');
            String text = Files.readString(file, StandardCharsets.UTF_8);
            JsonNode s;
            try {
                s = YAML.readTree(text);
            } catch (IOException e) {
                problems.add(new Problem(Severity.ERROR, shown, "not valid YAML: " + e.getMessage().lines().findFirst().orElse("")));
                continue;
            }
            for (String id : ids(s, ScenarioMentions.OBLIGATION_SECTIONS)) {
                mentioned.add(id);
                if (!obligations.containsKey(id)) {
                    problems.add(new Problem(Severity.ERROR, shown + ":" + lineOf(text, id), "no rule has obligation id '" + id + "'"));
                }
            }
            for (String id : ids(s, ScenarioMentions.CLASSIFICATION_SECTIONS)) {
                if (!classifications.contains(id)) {
                    problems.add(new Problem(Severity.ERROR, shown + ":" + lineOf(text, id), "no rule derives classification '" + id + "'"));
                }
            }
        }
        obligations.forEach((id, rule) -> {
            if (!mentioned.contains(id)) {
                problems.add(new Problem(Severity.ERROR, rule.file() + ":" + rule.line(),
                        "obligation '" + id + "' is neither expected nor forbidden by any scenario"));
            }
        });
    }

    private static List<String> ids(JsonNode scenario, String... sections) {
        return ScenarioMentions.of(scenario, sections).stream().map(ScenarioMentions.Mention::id).toList();
    }

    private static int lineOf(String text, String id) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(id)) return i + 1;
        return 1;
    }
}
