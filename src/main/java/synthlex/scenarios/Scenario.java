package synthlex.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A regression fixture a lawyer writes in YAML (see README, "Writing a scenario"): a service
 * (a facts/ file or inline), the day to judge it on (and, for due dates, the day it launches), and
 * what must and must not come back.
 */
public record Scenario(
        String name,
        String description,
        JsonNode service,
        LocalDate asOf,
        LocalDate launchDate,
        Expectations expect,
        Forbidden forbid) {

    public record Expectations(
            List<ExpectedObligation> obligations,
            List<ExpectedObligation> upcoming,
            List<ExpectedClassification> classifications,
            List<ExpectedQuestion> questions,
            List<ExpectedNearMiss> nearMisses,
            ExpectedSummary summary) {

        /** Near misses are only computed when asked for (explain). */
        public boolean wantsExplain() { return nearMisses != null && !nearMisses.isEmpty(); }
    }

    /** A question that must be asked; {@code decides} lists obligations it must decide (at least these). */
    public record ExpectedQuestion(String pointer, List<String> decides) { }

    /** An obligation that must come back as a near miss when the fact at {@code pointer} changes. */
    public record ExpectedNearMiss(String id, String pointer) { }

    /**
     * Only {@code id} is required; every other field given is checked. {@code contested: true}
     * asks that the answer show a contested reading, {@code false} that it show none that is
     * contested; {@code upcomingCitations} lists bases not yet in force that must be shown;
     * {@code due} is the due date the service's {@code launchDate} gives, and {@code dueCertain:
     * false} asks that it be flagged as counted before the year's holiday notice was published.
     */
    public record ExpectedObligation(
            String id,
            String kind,
            String bearer,
            String status,
            List<String> citations,
            Boolean onlyCitations,
            List<String> missing,
            LocalDate effective,
            Boolean contested,
            List<String> upcomingCitations,
            ExpectedTiming timing,
            LocalDate due,
            Boolean dueCertain) { }

    /**
     * The obligation's {@code timing}: every member given must match exactly, those left out are
     * not checked. {@code basis} is a citation as rule files write it ({@code ARP Art. 24(1)}) or the
     * label the answer shows; {@code also} lists the further deadlines, in order.
     */
    public record ExpectedTiming(String when, String period, Boolean workingDays, String from, String every, String basis,
                                 List<ExpectedTiming> also) { }

    /**
     * The answer's {@code summary}: each count given must match ({@code byStatus}, {@code byBearer}
     * and {@code byTiming} only for the keys given); {@code next} is the exact list of obligation
     * ids, in order.
     */
    public record ExpectedSummary(Integer obligations, Map<String, Integer> byStatus, Map<String, Integer> byBearer,
                                  Map<String, Integer> byTiming, Integer upcoming, List<String> next) { }

    /** A classification that must be derived; {@code citations} must all be among its citations. */
    public record ExpectedClassification(String id, String status, List<String> missing, List<String> citations,
                                         Boolean contested) { }

    public record Forbidden(
            List<String> obligations,
            List<String> upcoming,
            List<String> classifications,
            List<String> citations) { }
}
