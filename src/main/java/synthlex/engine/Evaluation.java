package synthlex.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import synthlex.facts.Status;
import synthlex.law.Citation;
import synthlex.model.Role;
import synthlex.rules.ObligationKind;

/** The answer to one service description, in the shape API.md fixes (field names are the contract). */
public record Evaluation(
        String name,
        LocalDate asOf,
        RuleBaseRef ruleBase,
        List<ClassificationResult> classifications,
        List<ObligationResult> obligations,
        List<ObligationResult> upcoming) {

    public record RuleBaseRef(String version, Instant loadedAt) { }

    public record ClassificationResult(
            String id, String title, Status status, List<String> because, List<String> missing,
            List<Question> questions, List<Citation> citations) { }

    /**
     * One thing to do. {@code effective} is set on upcoming obligations (the day the first basis
     * comes into force); {@code upcomingCitations} lists bases of an applying obligation that are
     * not yet in force; {@code reading} states a contested interpretation the rule relies on.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ObligationResult(
            String id,
            ObligationKind kind,
            Role bearer,
            Status status,
            String title,
            String summary,
            List<Citation> citations,
            List<String> because,
            List<String> missing,
            List<Question> questions,
            RuleRef rule,
            List<RuleRef> rules,
            String reading,
            LocalDate effective,
            List<Citation> upcomingCitations) { }

    public record RuleRef(String name, String file) { }

    /** A fact the client has not given, and the question that settles it. */
    public record Question(String pointer, String question, String questionZh) { }
}
