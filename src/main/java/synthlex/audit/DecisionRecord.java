package synthlex.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import synthlex.engine.Evaluation;

/** One line of the decision log: which answer, on which rule base, for which input. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DecisionRecord(Instant time, String requestId, String ruleBase, LocalDate asOf, String inputSha256,
                             JsonNode input, List<Decision> obligations) {

    public record Decision(String id, String status) { }

    public static DecisionRecord of(String requestId, String body, JsonNode input, Evaluation e, boolean redact) {
        List<Decision> decisions = e.obligations().stream().map(o -> new Decision(o.id(), o.status().code())).toList();
        return new DecisionRecord(Instant.now(), requestId, e.ruleBase().version(), e.asOf(), sha256(body),
                redact ? null : input, decisions);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
