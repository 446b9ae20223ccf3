package synthlex.timing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import synthlex.json.RuleText;

/**
 * When an obligation must be met, in the shape API.md gives {@code timing}: {@code when}, and only
 * the members that apply: {@code period} (ISO-8601, e.g. {@code P10D}), {@code workingDays} (true
 * when the law counts 工作日), {@code from} (what starts the clock), {@code every} (the interval of
 * a periodic duty) and {@code basis} (the label of the provision that fixes the timing). {@code also}
 * lists further deadlines the same provisions set for the same thing to do (e.g. an algorithm
 * filing's change within 10 working days and its cancellation within 20), each in the same shape.
 *
 * <p>Due dates are not computed here. The hook for them: {@link #clockStart} gives the day the
 * clock starts for a service launched on a given day and {@link #datePeriod} the period to add, so
 * that {@code PrcCalendar.due(clockStart(launchDate), datePeriod(), workingDays())} gives {@code due}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Timing(
        When when,
        String period,
        Boolean workingDays,
        Trigger from,
        String every,
        @JsonSerialize(using = RuleText.class) String basis,
        List<Timing> also) {

    /** Whether the law counts the period in working days (工作日). */
    public boolean countsWorkingDays() { return Boolean.TRUE.equals(workingDays); }

    /**
     * The day the clock starts for a service that launches on {@code launchDate}: the launch day
     * itself for duties due before or at launch and for periods counted from launch; null when the
     * clock starts on an event a service description cannot date (a change, a request, an
     * incident, a threshold being reached) or the duty has no deadline (periodic, ongoing).
     */
    public LocalDate clockStart(LocalDate launchDate) {
        if (launchDate == null) return null;
        return switch (when) {
            case BEFORE_LAUNCH, AT_LAUNCH -> launchDate;
            case WITHIN -> from == Trigger.LAUNCH ? launchDate : null;
            default -> null;
        };
    }

    /** An ISO-8601 duration as a calendar period (years, months, weeks, days), or null when it counts hours. */
    public static Period periodOf(String iso) {
        return iso == null ? null : Durations.datePeriod(iso);
    }

    /** {@code period} as a calendar period (years, months, weeks, days), or null when there is none or it counts hours. */
    public Period datePeriod() {
        return period == null ? null : Durations.datePeriod(period);
    }
}
