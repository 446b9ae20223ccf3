package synthlex.mutation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import synthlex.impact.Git;
import synthlex.rules.RuleBase;
import synthlex.rules.RuleInfo;

/** Which rules the mutation check mutates: all, those in some files ({@code --only}), or those a change touches ({@code --changed-since}). */
public final class RuleSelection {
    private RuleSelection() { }

    /**
     * The rules in the given files, each named as a path ({@code rules/pipl.drl}) or a file name
     * ({@code pipl.drl}). A name that matches no rule file is an error, not an empty check.
     */
    public static Predicate<RuleInfo> only(RuleBase rb, List<String> files) {
        Set<String> chosen = new HashSet<>();
        for (String given : files) {
            String key = key(rb, given);
            List<String> matching = rb.rules().stream().map(RuleInfo::file)
                    .filter(f -> f.equals(key) || f.endsWith("/" + key)).distinct().toList();
            if (matching.isEmpty()) throw new IllegalArgumentException("--only " + given + ": no rule file of " + rb.directory() + " matches");
            chosen.addAll(matching);
        }
        return r -> chosen.contains(r.file());
    }

    /** A path inside the rules directory as rules name their file ({@code rules/x.drl}); anything else as given. */
    private static String key(RuleBase rb, String given) {
        Path p = Path.of(given).toAbsolutePath().normalize();
        if (p.startsWith(rb.directory())) return shownDir(rb) + "/" + rb.directory().relativize(p).toString().replace('\\', '/');
        return given.replace('\\', '/');
    }

    /**
     * The rules a change since git revision {@code ref} may have left unnoticed: those in .drl files
     * changed since then (committed or not, and new files git does not ignore), those in other files
     * that give the same obligation or classification id (they ground the same answer), and every
     * rule when a file with classification rules changed (every obligation rests on classifications).
     */
    public static Predicate<RuleInfo> changedSince(RuleBase rb, String ref) throws IOException {
        List<String> changed = new ArrayList<>();
        changed.addAll(Git.lines(rb.directory(), "diff", "--name-only", "--relative", ref, "--", "."));
        changed.addAll(Git.lines(rb.directory(), "ls-files", "--others", "--exclude-standard", "--", "."));
        return changed(rb, changed.stream().map(f -> shownDir(rb) + "/" + f).toList());
    }

    /** {@link #changedSince} for a known list of changed files, named as rules name their file ({@code rules/x.drl}). */
    static Predicate<RuleInfo> changed(RuleBase rb, Collection<String> files) {
        Set<String> changed = new HashSet<>(files);
        List<RuleInfo> touched = rb.rules().stream().filter(r -> changed.contains(r.file())).toList();
        if (touched.stream().anyMatch(RuleInfo::isClassification)) return r -> true;
        Set<String> answers = new HashSet<>();
        for (RuleInfo r : touched) answers.add(answer(r));
        return r -> changed.contains(r.file()) || answers.contains(answer(r));
    }

    /** What a rule gives: "obligation ID" or "classification ID". */
    private static String answer(RuleInfo r) {
        return r.isObligation() ? "obligation " + r.obligationId() : "classification " + r.classifies();
    }

    private static String shownDir(RuleBase rb) {
        return rb.directory().getFileName().toString();
    }
}
