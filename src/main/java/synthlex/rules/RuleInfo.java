package synthlex.rules;

import java.util.List;
import synthlex.law.Citation;
import synthlex.model.Role;

/**
 * What a rule's metadata says, checked at load time. A rule is a classification rule
 * ({@code @classifies}) or an obligation rule ({@code @id}); {@code order} is its place in the
 * rule base (file, then line), which is the order answers list obligations in; {@code ref} names
 * it in answers (made once, not per answer).
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
        RuleRef ref) {

    public RuleInfo(String name, String file, int line, int order, String obligationId, String classifies,
                    ObligationKind kind, Role bearer, List<Citation> citations, String title, String summary,
                    String titleZh, String summaryZh, Reading reading) {
        this(name, file, line, order, obligationId, classifies, kind, bearer, citations, title, summary,
                titleZh, summaryZh, reading, new RuleRef(name, file, line));
    }

    public boolean isObligation() { return obligationId != null; }

    public boolean isClassification() { return classifies != null; }

    /** The title in the language asked for; Chinese falls back to English where a rule has none yet. */
    public String title(boolean chinese) { return chinese && titleZh != null ? titleZh : title; }

    public String summary(boolean chinese) { return chinese && summaryZh != null ? summaryZh : summary; }

    /** This rule as if its {@code @cites} listed only {@code citations} (for the mutation check). */
    public RuleInfo withCitations(List<Citation> citations) {
        return new RuleInfo(name, file, line, order, obligationId, classifies, kind, bearer, List.copyOf(citations), title, summary,
                titleZh, summaryZh, reading, ref);
    }

    /** The citation references as written in {@code @cites}, e.g. {@code DSP Art. 17(1)(3)}. */
    public List<String> citationRefs() { return citations.stream().map(Citation::ref).toList(); }
}
