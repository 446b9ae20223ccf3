package synthlex.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import synthlex.law.Citation;

/** The {@code @timing} grammar: what it accepts, how it says what is wrong, and how timings are ordered. */
class TimingSyntaxTest {
    private static TimingSyntax.Parsed parse(String timing) {
        return TimingSyntax.parse(timing, null, ref -> { throw new AssertionError("no basis expected"); });
    }

    private static TimingSpec one(String timing) {
        TimingSyntax.Parsed p = parse(timing);
        assertEquals(List.of(), p.problems(), timing);
        assertEquals(1, p.specs().size());
        return p.specs().get(0);
    }

    @Test
    void reads_every_kind_of_timing_and_writes_it_back_the_same_way() {
        for (String t : List.of("before-launch", "at-launch", "ongoing", "within P10D working-days from launch",
                "within P30D working-days from threshold-reached", "within PT24H from discovery", "periodic", "periodic every P2Y",
                "on-event from request", "on-event from authority-request")) {
            assertEquals(t, one(t).text());
        }
        TimingSpec filing = one("within P10D working-days from launch");
        assertEquals(When.WITHIN, filing.when());
        assertEquals("P10D", filing.period());
        assertTrue(filing.workingDays());
        assertEquals(Trigger.LAUNCH, filing.from());
    }

    @Test
    void several_timings_are_separated_by_semicolons_the_first_is_the_obligations() {
        TimingSyntax.Parsed p = parse("within P10D working-days from launch; within P20D working-days from service-end");
        assertEquals(List.of(), p.problems());
        assertEquals(List.of("within P10D working-days from launch", "within P20D working-days from service-end"),
                p.specs().stream().map(TimingSpec::text).toList());
    }

    @Test
    void says_in_plain_words_what_is_wrong() {
        assertEquals(List.of("needs @timing: when the duty must be met (before-launch, at-launch, within, periodic, on-event, ongoing),"
                + " e.g. @timing(\"within P10D working-days from launch\"); \"ongoing\" where the law gives no time"), parse(null).problems());
        assertTrue(parse("ongoing P10D").problems().get(0).contains("ongoing is for duties the law gives no time, so it names no period"),
                parse("ongoing P10D").problems().toString());
        assertTrue(parse("soon").problems().get(0).contains("'soon' is not a timing"));
        assertTrue(parse("within P10D").problems().get(0).contains("within needs the event that starts the clock"));
        assertTrue(parse("within from launch").problems().get(0).contains("within needs a period"));
        assertTrue(parse("within 10 days from launch").problems().get(0).contains("'10' is not understood"));
        assertTrue(parse("within P10X from launch").problems().get(0).contains("'P10X' is not an ISO-8601 period"));
        assertTrue(parse("within P1M working-days from launch").problems().get(0).contains("must be whole days (PnD)"));
        assertTrue(parse("on-event from someday").problems().get(0).contains("'someday' is not an event"));
        assertTrue(parse("on-event P10D from request").problems().get(0).contains("not on-event"));
        assertTrue(parse("periodic P1Y").problems().get(0).contains("every P1Y"));
        assertTrue(parse("at-launch from launch").problems().get(0).contains("at-launch names no period"));
        assertTrue(parse("at-launch;").problems().get(0).contains("empty entry"));
    }

    @Test
    void a_basis_is_given_per_timing_and_must_resolve() {
        List<String> asked = new ArrayList<>();
        TimingSyntax.Parsed p = TimingSyntax.parse("at-launch; on-event from complaint", "ABC Art. 1",
                ref -> { asked.add(ref); throw new AssertionError(); });
        assertEquals(List.of("@timingBasis names 1 provision(s) for 2 timing(s); give one per timing, ';'-separated in the same order"),
                p.problems());
        assertEquals(List.of(), asked);
        p = TimingSyntax.parse("at-launch", "XYZ Art. 9", ref -> { throw new IllegalArgumentException("'" + ref + "' is not registered"); });
        assertEquals(List.of("@timingBasis 'XYZ Art. 9' is not registered"), p.problems());
    }

    @Test
    void earliest_orders_before_launch_at_launch_within_shortest_first_periodic_on_event_ongoing() {
        List<String> texts = new ArrayList<>(List.of("ongoing", "on-event from request", "periodic", "periodic every P1Y",
                "periodic every P2Y", "within P30D working-days from threshold-reached", "within P10D working-days from launch",
                "within P10D from launch", "at-launch", "before-launch"));
        List<TimingSpec> specs = new ArrayList<>(texts.stream().map(TimingSyntaxTest::one).toList());
        specs.sort(TimingSpec.EARLIEST);
        assertEquals(List.of("before-launch", "at-launch", "within P10D from launch", "within P10D working-days from launch",
                "within P30D working-days from threshold-reached", "periodic every P1Y", "periodic every P2Y", "periodic",
                "on-event from request", "ongoing"), specs.stream().map(TimingSpec::text).toList());
    }

    @Test
    void the_hook_for_due_dates_gives_the_start_of_the_clock_and_the_period() {
        LocalDate launch = LocalDate.of(2027, 3, 1);
        Timing filing = one("within P10D working-days from launch").toTiming(null, null);
        assertEquals(launch, filing.clockStart(launch));
        assertEquals(Period.ofDays(10), filing.datePeriod());
        assertTrue(filing.countsWorkingDays());
        assertEquals(launch, one("before-launch").toTiming(null, null).clockStart(launch));
        assertNull(one("within P10D working-days from change").toTiming(null, null).clockStart(launch));
        assertNull(one("ongoing").toTiming(null, null).clockStart(launch));
        assertNull(one("within PT24H from discovery").toTiming(null, null).datePeriod());
        assertEquals(Period.of(2, 0, 0), Durations.datePeriod("P2Y"));
    }

    @Test
    void a_timing_without_a_basis_names_the_one_the_answer_chose() {
        Citation none = null;
        Timing t = one("ongoing").toTiming(none, List.of());
        assertNull(t.basis());
        assertNull(t.also());
        assertNull(t.workingDays());
    }
}
