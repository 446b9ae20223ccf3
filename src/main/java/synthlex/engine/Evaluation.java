package synthlex.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonAppend;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import synthlex.facts.Status;
import synthlex.json.CitationStyle;
import synthlex.json.RuleText;
import synthlex.law.Citation;
import synthlex.model.Role;
import synthlex.rules.ObligationKind;
import synthlex.rules.Reading;
import synthlex.rules.RuleRef;
import synthlex.timing.Timing;
import synthlex.timing.Trigger;
import synthlex.timing.When;

/**
 * The answer to one service description, in the shape API.md fixes (field names are the contract).
 * {@code summary} comes first: the counts and the few things to do first; {@code questions} groups
 * what is still unknown; {@code nearMisses} appears only with explain.
 * Strings that come from the rule base are written through {@link RuleText}, encoded once.
 * Written with {@code ?citations=ref} ({@link CitationStyle#REF}), it ends with {@code provisions}:
 * every provision it cites, once, in full; absent otherwise.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAppend(attrs = @JsonAppend.Attr(CitationStyle.PROVISIONS))
public record Evaluation(
        String name,
        LocalDate asOf,
        RuleBaseRef ruleBase,
        Summary summary,
        List<ClassificationResult> classifications,
        List<ObligationResult> obligations,
        List<ObligationResult> upcoming,
        List<Question> questions,
        List<NearMiss> nearMisses) {

    public record RuleBaseRef(String version, Instant loadedAt) { }

    /**
     * The answer at a glance: how many obligations apply and how many are undetermined, by bearer
     * and by {@code timing.when} (every key present, zeros included, in the API's order), how many
     * are upcoming, and {@code next}: the few things to do first (see {@link Summaries}).
     */
    public record Summary(
            int obligations,
            Map<String, Integer> byStatus,
            Map<String, Integer> byBearer,
            Map<String, Integer> byTiming,
            int upcoming,
            List<NextAction> next) { }

    /** One of the first things to do: an obligation in the answer, with its title and when it is due. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NextAction(
            @JsonSerialize(using = RuleText.class) String obligation,
            @JsonSerialize(using = RuleText.class) String title,
            When when,
            String period,
            Boolean workingDays,
            Trigger from) { }

    public record ClassificationResult(
            @JsonSerialize(using = RuleText.class) String id,
            @JsonSerialize(using = RuleText.class) String title,
            Status status,
            @JsonSerialize(contentUsing = RuleText.class) List<String> because,
            List<String> missing,
            List<Question> questions, List<Citation> citations,
            @JsonInclude(JsonInclude.Include.NON_NULL) Reading.View reading) { }

    /**
     * One thing to do. {@code effective} is set on upcoming obligations (the day the first basis
     * comes into force); {@code upcomingCitations} lists bases of an applying obligation that are
     * not yet in force; {@code reading} states a contested interpretation the rule relies on;
     * {@code timing} says when it must be met; {@code trace} (explain only) says which rules
     * matched what.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ObligationResult(
            @JsonSerialize(using = RuleText.class) String id,
            ObligationKind kind,
            Role bearer,
            Status status,
            @JsonSerialize(using = RuleText.class) String title,
            @JsonSerialize(using = RuleText.class) String summary,
            Timing timing,
            LocalDate due,
            String dueNote,
            List<Citation> citations,
            @JsonSerialize(contentUsing = RuleText.class) List<String> because,
            List<String> missing,
            List<Question> questions,
            RuleRef rule,
            List<RuleRef> rules,
            Reading.View reading,
            LocalDate effective,
            List<Citation> upcomingCitations,
            List<TraceStep> trace) { }

    /** One rule behind an obligation: the classifications and the facts it matched. */
    public record TraceStep(RuleRef rule, Status status, List<String> classifications, List<String> facts) { }

    /**
     * A fact the client has not given and the question that settles it. At the top level,
     * {@code decides} lists the obligations whose status hangs on it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Question(
            @JsonSerialize(using = RuleText.class) String pointer,
            @JsonSerialize(using = RuleText.class) String question,
            @JsonSerialize(using = RuleText.class) String questionZh,
            List<String> decides) { }

    /** An obligation that would apply if one fact were different. */
    public record NearMiss(String obligation, ObligationKind kind, Role bearer, String title, List<String> citations,
                           Change change, String explanation) { }

    /** The one change: set the member at {@code pointer} to {@code value}. */
    public record Change(String pointer, JsonNode value) { }

    Evaluation withNearMisses(List<NearMiss> nearMisses) {
        return new Evaluation(name, asOf, ruleBase, summary, classifications, obligations, upcoming, questions, nearMisses);
    }
}
