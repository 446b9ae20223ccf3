package synthlex.rules;

import java.util.ArrayList;
import java.util.List;
import synthlex.law.Citation;
import synthlex.model.Role;
import synthlex.timing.Timing;
import synthlex.timing.TimingSpec;

/**
 * What a rule's metadata says, checked at load time. A rule is a classification rule
 * ({@code @classifies}) or an obligation rule ({@code @id}); {@code order} is its place in the
 * rule base (file, then line), which is the order answers list obligations in; {@code ref} names
 * it in answers (made once, not per answer). {@code timing} says when an obligation must be met
 * ({@code @timing}, {@code @timingBasis}): the obligation's own first, then further deadlines; it is
 * empty for classification rules.
 */
public record RuleInfo(
        String name,
        String file,
        int line,
        int order,
        String obligationId,
        String classifies,
        ObligationKind kind,
        Role bearer,
        List<Citation> citations,
        String title,
        String summary,
        String titleZh,
        String summaryZh,
        Reading reading,
        List<TimingSpec> timing,
        RuleRef ref) {

    public RuleInfo(String name, String file, int line, int order, String obligationId, String classifies,
                    ObligationKind kind, Role bearer, List<Citation> citations, String title, String summary,
                    String titleZh, String summaryZh, Reading reading, List<TimingSpec> timing) {
        this(name, file, line, order, obligationId, classifies, kind, bearer, citations, title, summary,
                titleZh, summaryZh, reading, timing, new RuleRef(name, file, line));
    }

    public boolean isObligation() { return obligationId != null; }

    public boolean isClassification() { return classifies != null; }

    /** The title in the language asked for; Chinese falls back to English where a rule has none yet. */
    public String title(boolean chinese) { return chinese && titleZh != null ? titleZh : title; }

    public String summary(boolean chinese) { return chinese && summaryZh != null ? summaryZh : summary; }

    /** This rule as if its {@code @cites} listed only {@code citations} (for the mutation check). */
    public RuleInfo withCitations(List<Citation> citations) {
        return new RuleInfo(name, file, line, order, obligationId, classifies, kind, bearer, List.copyOf(citations), title, summary,
                titleZh, summaryZh, reading, timing, ref);
    }

    /**
     * The answer's {@code timing} for this rule: each timing names its {@code @timingBasis}, or,
     * where the rule gives none, {@code own}: the rule's citation the answer rests on (the first in
     * force on the day asked about). Null for classification rules.
     */
    public Timing timing(Citation own) {
        if (timing.isEmpty()) return null;
        List<Timing> also = new ArrayList<>(timing.size() - 1);
        for (TimingSpec t : timing.subList(1, timing.size())) also.add(t.toTiming(t.basis() != null ? t.basis() : own, null));
        TimingSpec first = timing.get(0);
        return first.toTiming(first.basis() != null ? first.basis() : own, also);
    }

    /** The obligation's own timing (the first), or null for a classification rule. */
    public TimingSpec firstTiming() { return timing.isEmpty() ? null : timing.get(0); }

    /** The citation references as written in {@code @cites}, e.g. {@code DSP Art. 17(1)(3)}. */
    public List<String> citationRefs() { return citations.stream().map(Citation::ref).toList(); }
}
