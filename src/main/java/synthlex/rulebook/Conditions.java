package synthlex.rulebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import synthlex.facts.Field;
import synthlex.rules.RuleBase;
import synthlex.rules.RuleInfo;

/**
 * A rule's conditions in plain words, read from its {@code when} block: "is classified as Deep
 * synthesis service provider", "publicOpinion.channels lists a channel (or is not yet known)", …
 * A line the reader does not recognise is shown as written. The rulebook shows them; the mutation
 * check says with them what service a missing scenario needs.
 */
public final class Conditions {
    private static final Pattern CLASSIFICATION = Pattern.compile("Classification\\(\\s*id\\s*==\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern CLASSIFICATION_IN = Pattern.compile("Classification\\(\\s*id\\s+in\\s*\\(([^)]*)\\)\\s*\\)");
    private static final Pattern ROLE = Pattern.compile("HasRole\\(\\s*role\\s*==\\s*Role\\.(\\w+)\\s*\\)");
    private static final Pattern CAPABILITY = Pattern.compile("HasCapability\\(\\s*capability\\s*(==|in)\\s*\\(?([^)]*)\\)?\\s*\\)");
    private static final Pattern FLAG = Pattern.compile("Flag\\(\\s*field\\s*==\\s*Field\\.(\\w+)\\s*,\\s*possibly(True|False)\\s*\\)");
    private static final Pattern SENSITIVE = Pattern.compile("HoldsSensitiveData\\(\\s*category\\s*(==|in)\\s*\\(?([^)]*)\\)?\\s*\\)");
    private static final Pattern CHANNEL = Pattern.compile("PublicChannel\\(([^)]*)\\)");
    private static final Pattern BIOMETRIC = Pattern.compile("EditsBiometric\\(([^)]*)\\)");
    private static final Pattern COUNT = Pattern.compile("Count\\(\\s*field\\s*==\\s*Field\\.(\\w+)\\s*,\\s*possibly(AtLeast|Below)\\((\\d+)\\)\\s*\\)");
    private static final Pattern UNKNOWN = Pattern.compile("Flag\\(\\s*field\\s*==\\s*Field\\.(\\w+)\\s*,\\s*value\\s*==\\s*Truth\\.UNKNOWN\\s*\\)");

    private final Map<String, String> classificationTitles;
    private final Map<String, List<String>> fileLines = new java.util.HashMap<>();
    private final Path projectRoot;

    public Conditions(RuleBase rb) {
        this.classificationTitles = rb.classificationRules().stream()
                .collect(Collectors.toMap(RuleInfo::classifies, RuleInfo::title, (a, b) -> a));
        this.projectRoot = rb.directory().getParent();
    }

    public List<String> of(RuleInfo rule) {
        List<String> lines = fileLines.computeIfAbsent(rule.file(), f -> read(projectRoot.resolve(f)));
        StringBuilder when = new StringBuilder();
        boolean inside = false;
        for (int i = Math.max(rule.line() - 1, 0); i < lines.size(); i++) {
            String l = lines.get(i).replaceAll("//.*$", "").trim();
            if (l.equals("when")) { inside = true; continue; }
            if (l.equals("then")) break;
            if (inside && !l.isEmpty()) when.append(l).append(' ');
        }
        List<String> out = new ArrayList<>();
        for (String pattern : splitPatterns(when.toString())) out.add(words(pattern.trim()));
        return out;
    }

    /** Splits "A( … ) B( … )" into patterns at top-level closing parentheses. */
    private static List<String> splitPatterns(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0, start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') depth++;
            if (c == ')' && --depth == 0) {
                out.add(s.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (!s.substring(start).isBlank()) out.add(s.substring(start));
        return out;
    }

    private String words(String p) {
        Matcher m;
        if ((m = CLASSIFICATION.matcher(p)).matches()) return "is classified as: " + title(m.group(1));
        if ((m = CLASSIFICATION_IN.matcher(p)).matches()) {
            return "is classified as any of: " + Arrays.stream(m.group(1).split(","))
                    .map(x -> title(x.trim().replace("\"", ""))).collect(Collectors.joining("; "));
        }
        if ((m = ROLE.matcher(p)).matches()) return "plays the role " + code(m.group(1));
        if ((m = CAPABILITY.matcher(p)).matches()) return "has " + (m.group(1).equals("in") ? "any of the capabilities " : "the capability ") + codes(m.group(2));
        if ((m = FLAG.matcher(p)).matches()) {
            Field f = Field.valueOf(m.group(1));
            return f.path() + (m.group(2).equals("True") ? " is yes" : " is no") + " (or not yet known)";
        }
        if ((m = SENSITIVE.matcher(p)).matches()) return "processes sensitive personal information: " + codes(m.group(2));
        if ((m = COUNT.matcher(p)).matches()) {
            return Field.valueOf(m.group(1)).path() + " is " + (m.group(2).equals("AtLeast") ? "at least " : "below ") + m.group(3) + " (or not yet known)";
        }
        if ((m = UNKNOWN.matcher(p)).matches()) return Field.valueOf(m.group(1)).path() + " is not yet known";
        if ((m = CHANNEL.matcher(p)).matches()) return "has the public channel " + codes(m.group(1).replaceAll(".*Channel\\.", "Channel."));
        if ((m = BIOMETRIC.matcher(p)).matches()) return "lets users edit biometric information: " + codes(m.group(1));
        return p;
    }

    private String title(String id) {
        return classificationTitles.getOrDefault(id, id);
    }

    /** "Capability.FACE_SWAP, Capability.THREE_D_RECONSTRUCTION" -> "face-swap, 3d-reconstruction". */
    private static String codes(String list) {
        Function<String, String> one = x -> code(x.replaceAll("^\\s*\\w+\\.", "").trim());
        return Arrays.stream(list.split(",")).map(String::trim).filter(x -> !x.isEmpty()).map(one).collect(Collectors.joining(", "));
    }

    private static String code(String constant) {
        if (constant.equals("THREE_D_RECONSTRUCTION")) return "3d-reconstruction";
        return constant.toLowerCase(Locale.ROOT).replace('_', '-').replaceAll("[^a-z0-9-]", "");
    }

    private static List<String> read(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }
}
