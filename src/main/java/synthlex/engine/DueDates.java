package synthlex.engine;

import java.time.LocalDate;
import java.time.Period;
import synthlex.timing.Due;
import synthlex.timing.PrcCalendar;
import synthlex.timing.Timing;
import synthlex.timing.When;

/**
 * The date by which an obligation must be met, for a service launched on {@code launchDate}
 * (API.md, December additions: {@code due}), reckoned on the official PRC calendar
 * (docs/calendar.md):
 * <ul>
 * <li>before launch and at launch: the launch date itself;</li>
 * <li>within a period from launch: the period reckoned by the Civil Code (Arts. 200–204), in
 *     working days where the law counts 工作日;</li>
 * <li>periodic, with an interval in days, months or years: the next time on or after the
 *     evaluation date, counting whole intervals from launch (the first one ends one interval after
 *     launch) — our reading where the law says only "every year" or "every two years";</li>
 * <li>for a service launched before the law that imposes the duty came into force, the clock
 *     starts on that day instead: a duty cannot fall due before it exists;</li>
 * <li>nothing for duties whose clock starts on an event a description cannot date (a change, a
 *     request, an incident, a threshold reached), for standing duties, and without a launch date.</li>
 * </ul>
 */
final class DueDates {
    private DueDates() { }

    /**
     * The day the obligation's timing first applied: the entry into force of the provision that
     * fixes the timing when it is among the bases (a yearly audit under MOPR Art. 37 runs from
     * 2024-01-01, not from the PIPL's 2021 date), else the earliest entry into force among the bases.
     */
    static LocalDate lawFrom(Timing timing, java.util.List<synthlex.law.Citation> cited) {
        if (timing != null && timing.basis() != null) {
            for (synthlex.law.Citation c : cited) if (timing.basis().equals(c.label()) && c.effective() != null) return c.effective();
        }
        LocalDate first = null;
        for (synthlex.law.Citation c : cited) {
            if (c.effective() != null && (first == null || c.effective().isBefore(first))) first = c.effective();
        }
        return first;
    }

    static Due of(PrcCalendar calendar, Timing timing, LocalDate launchDate, LocalDate lawFrom, LocalDate asOf) {
        if (calendar == null || timing == null || launchDate == null) return null;
        if (lawFrom != null && lawFrom.isAfter(launchDate)) launchDate = lawFrom; // launched before the law: its clock starts with the law
        if (timing.when() == When.PERIODIC) return nextPeriodic(calendar, timing, launchDate, asOf);
        LocalDate start = timing.clockStart(launchDate);
        if (start == null) return null;
        Period period = timing.datePeriod();
        if (timing.when() == When.BEFORE_LAUNCH || timing.when() == When.AT_LAUNCH || period == null) {
            return new Due(start, java.util.List.of());
        }
        return calendar.due(start, period, timing.countsWorkingDays());
    }

    private static Due nextPeriodic(PrcCalendar calendar, Timing timing, LocalDate launchDate, LocalDate asOf) {
        if (timing.every() == null || (timing.from() != null && timing.from() != synthlex.timing.Trigger.LAUNCH)) return null;
        Period every = synthlex.timing.Timing.periodOf(timing.every());
        if (every == null || every.isZero() || every.isNegative()) return null; // an interval in hours has no date
        for (int k = 1; k <= 1000; k++) {
            Due due = calendar.due(launchDate, every.multipliedBy(k), false);
            if (!due.date().isBefore(asOf)) return due;
        }
        return null;
    }
}
