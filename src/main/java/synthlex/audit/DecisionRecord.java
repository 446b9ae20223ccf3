package synthlex.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import synthlex.engine.Evaluation;

/**
 * One line of the decision log: which answer, on which rule base, for which input. A batch writes one
 * of these per answered item ({@code item} is its index in {@code services}); an item refused as
 * invalid got no answer and gets no line. {@code inputHmacSha256} is keyed (see {@link DecisionLog}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionRecord(Instant time, String requestId, Integer item, String ruleBase, LocalDate asOf, String inputHmacSha256,
                             JsonNode input, List<Decision> obligations) {

    public record Decision(String id, String status) { }

    public static DecisionRecord of(DecisionLog log, String requestId, String body, JsonNode input, Evaluation e, boolean redact) {
        return of(log, requestId, null, body, input, e, redact);
    }

    public static DecisionRecord of(DecisionLog log, String requestId, Integer item, String body, JsonNode input, Evaluation e, boolean redact) {
        List<Decision> decisions = e.obligations().stream().map(o -> new Decision(o.id(), o.status().code())).toList();
        return new DecisionRecord(Instant.now(), requestId, item, e.ruleBase().version(), e.asOf(), log.inputHash(body),
                redact ? null : input, decisions);
    }
}
