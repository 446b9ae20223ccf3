package synthlex.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import synthlex.engine.Timeline;

/**
 * The decision-log line for one answered {@code POST /v1/timelines}: one line per request, with the
 * range asked for and, per period of the answer, the obligation ids and statuses in force.
 * {@code kind} is {@code "timeline"} so these lines are told apart from evaluations.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineRecord(Instant time, String requestId, String kind, String ruleBase, LocalDate from, LocalDate to,
                             String inputHmacSha256, JsonNode input, List<Period> periods) {

    public record Period(LocalDate from, LocalDate to, List<DecisionRecord.Decision> obligations) { }

    public static TimelineRecord of(DecisionLog log, String requestId, String body, JsonNode input, Timeline.Result t, boolean redact) {
        List<Period> periods = t.periods().stream().map(p -> new Period(p.from(), p.to(),
                p.obligations().stream().map(o -> new DecisionRecord.Decision(o.id(), o.status().code())).toList())).toList();
        return new TimelineRecord(Instant.now(), requestId, "timeline", t.ruleBase().version(), t.from(), t.to(),
                log.inputHash(body), redact ? null : input, periods);
    }
}
