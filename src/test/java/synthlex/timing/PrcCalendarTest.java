package synthlex.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Due dates on the registered calendar, each asserted to the day. */
class PrcCalendarTest {
    private static final PrcCalendar CAL = PrcCalendar.load(Path.of("rules", "sources"));

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Due workingDays(String start, int n) {
        return CAL.due(d(start), Period.ofDays(n), true);
    }

    private static Due calendar(String start, Period p) {
        return CAL.due(d(start), p, false);
    }

    @Test
    void knows_the_years_whose_notice_is_registered_and_no_other() {
        for (int y = 2017; y <= 2026; y++) assertTrue(CAL.knows(y), String.valueOf(y));
        assertFalse(CAL.knows(2016));
        assertFalse(CAL.knows(2027));
        assertEquals(12, CAL.notices().size());   // ten annual notices, the 2019 Labour Day change, the 2020 extension
        Notice n2026 = CAL.notices().stream().filter(n -> n.year() == 2026).findFirst().orElseThrow();
        assertEquals(new Notice(2026, "国务院办公厅关于2026年部分节假日安排的通知", "国办发明电〔2025〕7号", d("2025-11-04"),
                "https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm"), n2026);
    }

    @Test
    void ten_working_days_from_a_launch_just_before_national_day_2026() {
        // Tue 29 Sep launch: 30 Sep (1); 1–7 Oct off; 8, 9 (2, 3); Sat 10 Oct make-up (4); 12–16 (5–9); Mon 19 Oct (10).
        Due due = workingDays("2026-09-29", 10);
        assertEquals(d("2026-10-19"), due.date());
        assertTrue(due.certain());
        assertEquals(List.of(), due.yearsWithoutNotice());
        assertNull(due.note());
        assertNull(due.noteZh());
    }

    @Test
    void ten_working_days_across_the_2025_golden_week_with_both_make_up_days() {
        // Fri 26 Sep launch: Sun 28 Sep make-up (1); 29, 30 (2, 3); 1–8 Oct off; 9, 10 (4, 5); Sat 11 Oct make-up (6); 13–16 (7–10).
        assertEquals(d("2025-10-16"), workingDays("2025-09-26", 10).date());
    }

    @Test
    void the_start_day_is_not_counted() {
        assertEquals(d("2026-03-03"), workingDays("2026-03-02", 1).date());
        assertEquals(d("2026-03-12"), calendar("2026-03-02", Period.ofDays(10)).date());
    }

    @Test
    void thirty_days_ending_on_a_holiday_move_to_the_day_after_it() {
        // 1 Sep + 30 days = 1 Oct 2026, National Day; the holiday ends 7 Oct, Thursday 8 Oct is the last day.
        assertEquals(d("2026-10-08"), calendar("2026-09-01", Period.ofDays(30)).date());
        // 1 Jan + 30 days = Fri 31 Jan 2025, inside the Spring Festival (28 Jan – 4 Feb): Wednesday 5 Feb.
        assertEquals(d("2025-02-05"), calendar("2025-01-01", Period.ofDays(30)).date());
    }

    @Test
    void a_period_ending_on_an_ordinary_weekend_moves_to_monday() {
        assertEquals(d("2026-03-09"), calendar("2026-02-28", Period.ofDays(7)).date());   // Sat 7 Mar -> Mon 9 Mar
    }

    @Test
    void a_month_from_31_january_ends_on_the_last_day_of_february() {
        assertEquals(d("2025-02-28"), calendar("2025-01-31", Period.ofMonths(1)).date());  // a Friday
        assertEquals(d("2024-02-29"), calendar("2024-01-31", Period.ofMonths(1)).date());  // leap year, a Thursday
        // 28 Feb 2026 is a Saturday, but a make-up working day for the Spring Festival: it stands.
        assertEquals(d("2026-02-28"), calendar("2026-01-31", Period.ofMonths(1)).date());
        assertEquals(d("2026-03-16"), calendar("2026-02-15", Period.ofMonths(1)).date());  // 15 Mar is a Sunday
    }

    @Test
    void two_years_from_29_february_end_on_28_february() {
        assertEquals(d("2026-02-28"), calendar("2024-02-29", Period.ofYears(2)).date());   // make-up Saturday: stands
        assertEquals(d("2022-02-28"), calendar("2020-02-29", Period.ofYears(2)).date());   // a Monday
        assertEquals(d("2025-02-28"), calendar("2024-02-29", Period.ofYears(1)).date());
    }

    @Test
    void a_make_up_saturday_is_a_working_day_and_counts() {
        assertTrue(CAL.isWorkingDay(d("2026-02-28")));
        assertTrue(CAL.isMakeUpWorkday(d("2026-02-28")));
        assertFalse(CAL.isWorkingDay(d("2026-02-21")));        // a Saturday inside the Spring Festival
        assertEquals(Optional.of("春节"), CAL.holiday(d("2026-02-21")));
        assertFalse(CAL.isWorkingDay(d("2026-03-07")));        // an ordinary Saturday
        assertTrue(CAL.isWorkingDay(d("2026-03-06")));         // an ordinary Friday
        assertFalse(CAL.isWorkingDay(d("2026-10-01")));
        assertEquals(d("2026-02-14"), workingDays("2026-02-13", 1).date());   // Fri -> make-up Sat 14 Feb
        assertEquals(d("2026-02-24"), workingDays("2026-02-14", 1).date());   // then nine days off
    }

    @Test
    void later_notices_change_the_year_they_amend() {
        // 2020: the Spring Festival extended to 2 February, so make-up Saturday 1 February became a day off.
        assertFalse(CAL.isWorkingDay(d("2020-02-01")));
        assertFalse(CAL.isMakeUpWorkday(d("2020-02-01")));
        assertTrue(CAL.isWorkingDay(d("2020-02-03")));
        assertTrue(CAL.isWorkingDay(d("2020-01-19")));         // the other make-up Sunday stands
        // 2019: Labour Day from one day to four, worked Sundays 28 April and 5 May.
        for (String day : List.of("2019-05-01", "2019-05-02", "2019-05-03", "2019-05-04")) assertFalse(CAL.isWorkingDay(d(day)), day);
        assertTrue(CAL.isWorkingDay(d("2019-04-28")));
        assertTrue(CAL.isWorkingDay(d("2019-05-05")));
    }

    @Test
    void the_new_year_arrangement_reaches_back_into_december() {
        assertTrue(CAL.isWorkingDay(d("2018-12-29")));         // Saturday, worked under the 2019 notice
        assertFalse(CAL.isWorkingDay(d("2018-12-31")));        // Monday, off
        assertEquals(d("2019-01-02"), workingDays("2018-12-28", 2).date());   // Sat 29 Dec (1), Wed 2 Jan (2)
    }

    @Test
    void the_2025_amendment_of_the_holiday_measures_shows_in_the_days_off() {
        // From 2025 the Spring Festival starts on New Year's Eve (8 days) and Labour Day is 5 days.
        assertFalse(CAL.isWorkingDay(d("2025-01-28")));         // 除夕
        assertEquals(8, CAL.daysOff().subMap(d("2025-01-28"), d("2025-02-05")).size());
        assertEquals(5, CAL.daysOff().subMap(d("2025-05-01"), d("2025-05-06")).size());
    }

    @Test
    void a_count_into_a_year_without_a_notice_is_flagged_and_counted_monday_to_friday() {
        // Thu 24 Dec 2026: 25 Dec (1), 28–31 Dec (2–5), Fri 1 Jan 2027 counted Mon–Fri (6), 4–7 Jan (7–10).
        Due due = workingDays("2026-12-24", 10);
        assertEquals(d("2027-01-07"), due.date());
        assertFalse(due.certain());
        assertEquals(List.of(2027), due.yearsWithoutNotice());
        assertEquals("Working days in 2027 were counted Monday to Friday: the State Council has not yet published its holiday "
                + "notice for that year, so this date may move when it does.", due.note());
        assertEquals("2027年国务院节假日安排通知尚未发布，该年度暂按周一至周五计算工作日；通知发布后，此日期可能变化。", due.noteZh());
    }

    @Test
    void the_last_week_of_december_waits_for_the_next_years_notice() {
        assertEquals(new Due(d("2026-12-28"), List.of(2027)), workingDays("2026-12-21", 5));   // 22, 23, 24, 25, 28 Dec
        assertEquals(new Due(d("2026-12-24"), List.of()), workingDays("2026-12-17", 5));       // 18, 21, 22, 23, 24 Dec
    }

    @Test
    void a_calendar_period_depends_only_on_its_last_days() {
        assertEquals(new Due(d("2027-06-15"), List.of(2027)), calendar("2026-06-15", Period.ofYears(1)));
        assertEquals(new Due(d("2026-06-15"), List.of()), calendar("2025-06-15", Period.ofYears(1)));
    }

    @Test
    void a_count_from_before_the_first_notice_flags_that_year() {
        // 21–23, 26–30 Dec 2016 (1–8, Mon–Fri: no 2016 notice); 31 Dec Sat; 1–2 Jan 2017 off (2017 notice); 3, 4 Jan (9, 10).
        Due due = workingDays("2016-12-20", 10);
        assertEquals(d("2017-01-04"), due.date());
        assertEquals(List.of(2016), due.yearsWithoutNotice());
    }

    @Test
    void several_years_without_a_notice_are_named_in_both_languages() {
        Due due = new Due(d("2028-01-10"), List.of(2027, 2028));
        assertEquals("Working days in 2027 and 2028 were counted Monday to Friday: the State Council has not yet published "
                + "its holiday notices for those years, so this date may move when it does.", due.note());
        assertTrue(due.noteZh().startsWith("2027年、2028年国务院节假日安排通知尚未发布"), due.noteZh());
    }

    @Test
    void a_zero_period_is_due_on_the_start_day() {
        assertEquals(new Due(d("2026-10-01"), List.of()), workingDays("2026-10-01", 0));
    }

    @Test
    void bad_periods_are_refused_with_the_reason() {
        IllegalArgumentException months = assertThrows(IllegalArgumentException.class, () -> CAL.due(d("2026-01-05"), Period.ofMonths(1), true));
        assertEquals("working days are counted in days (e.g. P10D), not months or years; got P1M", months.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> CAL.due(d("2026-01-05"), Period.ofDays(-3), false));
        assertEquals("a period runs forward; got P-3D", negative.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CAL.due(null, Period.ofDays(3), false));
    }

    @Test
    void the_civil_code_articles_are_quoted() {
        assertEquals(List.of(200, 201, 202, 203, 204), List.copyOf(CAL.civilCode().keySet()));
        assertTrue(CAL.civilCode().get(201).startsWith("按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。"));
        assertTrue(CAL.civilCode().get(203).startsWith("期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。"));
    }
}
