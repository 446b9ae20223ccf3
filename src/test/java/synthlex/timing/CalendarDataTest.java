package synthlex.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data file is consistent with itself and with the notices it quotes; a broken file is refused. */
class CalendarDataTest {
    private static final Path FILE = Path.of("rules", "sources", "calendar", "prc-holidays.yaml");
    private static final CalendarFile DATA = PrcCalendar.read(FILE, FILE.toString());
    private static final Pattern DOC_NO = Pattern.compile("^国办发明电〔(\\d{4})〕\\d+号$");

    private static List<LocalDate> days(CalendarFile.Arrangement a) {
        List<LocalDate> out = new ArrayList<>();
        for (LocalDate d = a.from(); !d.isAfter(a.to()); d = d.plusDays(1)) out.add(d);
        return out;
    }

    private static List<LocalDate> workdays(CalendarFile.Arrangement a) {
        return a.workdays() == null ? List.of() : a.workdays();
    }

    @Test
    void every_year_from_2017_to_2026_has_exactly_one_annual_notice() {
        for (int y = 2017; y <= 2026; y++) {
            int year = y;
            assertEquals(1, DATA.notices().stream().filter(n -> n.year() == year && n.amends() == null).count(), String.valueOf(y));
        }
    }

    @Test
    void no_make_up_working_day_is_also_a_day_off_in_its_notice() {
        for (CalendarFile.NoticeEntry n : DATA.notices()) {
            Set<LocalDate> off = new HashSet<>();
            n.arrangements().forEach(a -> off.addAll(days(a)));
            for (CalendarFile.Arrangement a : n.arrangements()) {
                for (LocalDate w : workdays(a)) assertFalse(off.contains(w), n.label() + " " + w);
            }
        }
    }

    @Test
    void make_up_working_days_are_weekends_and_every_date_lies_in_its_year_or_the_new_year_before_it() {
        for (CalendarFile.NoticeEntry n : DATA.notices()) {
            for (CalendarFile.Arrangement a : n.arrangements()) {
                for (LocalDate w : workdays(a)) {
                    assertTrue(w.getDayOfWeek() == DayOfWeek.SATURDAY || w.getDayOfWeek() == DayOfWeek.SUNDAY, n.label() + " " + w);
                }
                List<LocalDate> all = new ArrayList<>(days(a));
                all.addAll(workdays(a));
                for (LocalDate d : all) {
                    boolean inYear = d.getYear() == n.year();
                    boolean newYear = d.getYear() == n.year() - 1 && d.getMonthValue() == 12 && d.getDayOfMonth() >= 25 && a.name().equals("元旦");
                    assertTrue(inYear || newYear, n.label() + " " + a.name() + " " + d);
                }
            }
        }
    }

    @Test
    void the_days_each_notice_states_match_its_dates() {
        for (CalendarFile.NoticeEntry n : DATA.notices()) {
            for (CalendarFile.Arrangement a : n.arrangements()) {
                if (a.days() != null) assertEquals(a.days().intValue(), days(a).size(), n.label() + " " + a.name());
                if (a.text().contains("共")) assertNotNull(a.days(), n.label() + " " + a.name() + " states a number of days");
            }
        }
    }

    /** The quoted words name the dates read from them: "M月D日" for the first day off and each make-up day, "D日" for the last. */
    @Test
    void the_quoted_text_names_the_dates_taken_from_it() {
        for (CalendarFile.NoticeEntry n : DATA.notices()) {
            for (CalendarFile.Arrangement a : n.arrangements()) {
                String where = n.label() + " " + a.name() + ": " + a.text();
                if (n.amends() == null) assertTrue(a.text().contains(a.from().getMonthValue() + "月" + a.from().getDayOfMonth() + "日"), where);
                assertTrue(a.text().contains(a.to().getDayOfMonth() + "日"), where);
                assertTrue(a.text().startsWith(a.name()) || a.text().contains("、" + a.name() + "：") || n.amends() != null, where);
                for (LocalDate w : workdays(a)) {
                    assertTrue(a.text().contains(w.getMonthValue() + "月" + w.getDayOfMonth() + "日"), where + " / " + w);
                }
                assertTrue(a.text().contains("上班") == !workdays(a).isEmpty() || n.amends() != null, where);
            }
        }
    }

    @Test
    void each_notice_is_cited_with_its_document_number_signing_date_and_gov_cn_address() {
        for (CalendarFile.NoticeEntry n : DATA.notices()) {
            var m = DOC_NO.matcher(n.documentNumber());
            assertTrue(m.matches(), n.label());
            int docYear = Integer.parseInt(m.group(1));
            assertTrue(docYear == n.year() - 1 || (n.amends() != null && docYear == n.year()), n.label());
            assertTrue(n.url().startsWith("http://www.gov.cn/") || n.url().startsWith("https://www.gov.cn/"), n.label());
            assertTrue(n.title().startsWith("国务院办公厅关于") && n.title().endsWith("的通知"), n.label());
            assertTrue(n.checkedAgainst() != null && n.checkedAgainst().size() >= 2, n.label() + " is checked against two sources");
            if (n.amends() == null) assertEquals(n.year() - 1, n.issued().getYear(), n.label());
        }
    }

    // ---------------------------------------------------------------- a broken file is refused

    private static final String CIVIL_CODE = """
            civilCode:
              title: 中华人民共和国民法典
              articles:
                - { article: 200, text: 民法所称的期间按照公历年、月、日、小时计算。 }
                - { article: 201, text: 按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。 }
                - { article: 202, text: 按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。 }
                - { article: 203, text: 期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。 }
                - { article: 204, text: 期间的计算方法依照本法的规定，但是法律另有规定或者当事人另有约定的除外。 }
            """;

    private static String notice(int year, String arrangements) {
        return """
                  - year: %d
                    title: 国务院办公厅关于%d年部分节假日安排的通知
                    documentNumber: 国办发明电〔%d〕1号
                    issued: '%d-11-01'
                    url: https://www.gov.cn/zhengce/zhengceku/x/content_%d.htm
                    arrangements:
                %s""".formatted(year, year, year - 1, year - 1, year, arrangements.indent(6));
    }

    private static final String GOOD_2030 = """
            - name: 国庆节
              text: 七、国庆节：10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。
              from: '2030-10-01'
              to: '2030-10-07'
              days: 7
              workdays: ['2030-09-29', '2030-10-12']
            """;

    private static List<String> problems(Path dir, String yaml) throws IOException {
        Path file = dir.resolve("calendar").resolve("prc-holidays.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml);
        CalendarException e = assertThrows(CalendarException.class, () -> PrcCalendar.load(dir));
        return e.problems();
    }

    @Test
    void a_well_formed_file_loads(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("calendar").resolve("prc-holidays.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, CIVIL_CODE + "notices:\n" + notice(2030, GOOD_2030));
        PrcCalendar cal = PrcCalendar.load(dir);
        assertTrue(cal.knows(2030));
        assertTrue(cal.isWorkingDay(LocalDate.parse("2030-09-29")));
    }

    @Test
    void a_missing_file_is_named(@TempDir Path dir) {
        CalendarException e = assertThrows(CalendarException.class, () -> PrcCalendar.load(dir));
        String shown = dir.resolve("calendar/prc-holidays.yaml").toString();
        assertEquals(List.of(shown + ": not found; the official working-day calendar is read from there"), e.problems());
        assertTrue(e instanceof IllegalArgumentException);
    }

    @Test
    void every_inconsistency_is_listed_with_the_file_and_the_notice(@TempDir Path dir) throws IOException {
        String bad = """
                - name: 国庆节
                  text: 七、国庆节：10月1日至7日放假调休，共8天。10月3日（星期四）、10月5日（星期六）上班。
                  from: '2030-10-01'
                  to: '2030-10-07'
                  days: 8
                  workdays: ['2030-10-03', '2030-10-05', '2031-01-04']
                """;
        String shown = dir.resolve("calendar/prc-holidays.yaml").toString();
        String at = shown + ": 2030 国办发明电〔2029〕1号";
        assertEquals(List.of(
                at + " 国庆节: 2030-10-01 to 2030-10-07 is 7 days, but the notice says 共8天",
                at + " 国庆节: make-up working day 2030-10-03 is a thursday; a make-up working day is a Saturday or Sunday",
                at + " 国庆节: 2031-01-04 is outside 2030 (and not in the last days of December before its New Year)",
                at + ": 2030-10-03 is both a day off and a make-up working day",
                at + ": 2030-10-05 is both a day off and a make-up working day"),
                problems(dir, CIVIL_CODE + "notices:\n" + notice(2030, bad)));
    }

    @Test
    void two_notices_may_not_arrange_the_same_day_unless_one_amends_the_other(@TempDir Path dir) throws IOException {
        String newYear = """
                - name: 元旦
                  text: 一、元旦：2030年12月30日至2031年1月1日放假调休，共3天。
                  from: '2030-12-30'
                  to: '2031-01-01'
                  days: 3
                """;
        String clash = """
                - name: 元旦
                  text: 一、元旦：2030年12月30日放假。
                  from: '2030-12-30'
                  to: '2030-12-30'
                """;
        String shown = dir.resolve("calendar/prc-holidays.yaml").toString();
        assertEquals(List.of(shown + ": 2031 国办发明电〔2030〕1号: 2030-12-30 is also arranged by 2030 国办发明电〔2029〕1号; only a notice that amends it may change it"),
                problems(dir, CIVIL_CODE + "notices:\n" + notice(2030, GOOD_2030 + clash) + notice(2031, newYear)));
    }

    @Test
    void an_amendment_must_name_an_annual_notice_of_its_year(@TempDir Path dir) throws IOException {
        String amendment = """
                  - year: 2030
                    title: 国务院办公厅关于调整2030年劳动节假期安排的通知
                    documentNumber: 国办发明电〔2030〕3号
                    issued: '2030-03-01'
                    url: https://www.gov.cn/zhengce/zhengceku/x/content_2.htm
                    amends: 国办发明电〔2028〕9号
                    arrangements:
                      - name: 劳动节
                        text: 一、2030年5月1日至4日放假调休，共4天。
                        from: '2030-05-01'
                        to: '2030-05-04'
                        days: 4
                """;
        String shown = dir.resolve("calendar/prc-holidays.yaml").toString();
        assertEquals(List.of(shown + ": 2030 国办发明电〔2030〕3号 amends 国办发明电〔2028〕9号, which is not an annual notice for 2030 in this file"),
                problems(dir, CIVIL_CODE + "notices:\n" + notice(2030, GOOD_2030) + amendment));
    }

    @Test
    void the_civil_code_and_the_notices_own_fields_are_required(@TempDir Path dir) throws IOException {
        String yaml = """
                civilCode:
                  articles:
                    - { article: 201, text: 按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。 }
                notices:
                  - year: 2030
                    title: 国务院办公厅关于2030年部分节假日安排的通知
                    issued: '2030-01-05'
                    url: https://example.com/notice.htm
                    arrangements:
                """ + GOOD_2030.indent(6) + """
                  - year: 2030
                    title: 国务院办公厅关于2030年部分节假日安排的通知
                    issued: '2029-12-01'
                    url: https://www.gov.cn/zhengce/zhengceku/x/content_3.htm
                    arrangements:
                      - name: 春节
                        text: 二、春节：2月2日至8日放假调休，共7天。
                        from: '2030-02-02'
                        to: '2030-02-08'
                        days: 7
                """;
        String shown = dir.resolve("calendar/prc-holidays.yaml").toString();
        assertEquals(List.of(
                shown + ": civilCode must quote the Civil Code's Articles 200 to 204 (the rule every due date follows); missing 200, 202, 203, 204",
                shown + ": 2030 国务院办公厅关于2030年部分节假日安排的通知: url must be the notice on www.gov.cn, not https://example.com/notice.htm",
                shown + ": 2030 国务院办公厅关于2030年部分节假日安排的通知: issued 2030-01-05, but an annual notice is issued before its year begins",
                shown + ": 2030 has two annual notices; a later change says which notice it amends"),
                problems(dir, yaml));
    }

    @Test
    void an_unreadable_file_names_the_file_and_the_parser_error(@TempDir Path dir) throws IOException {
        List<String> problems = problems(dir, CIVIL_CODE + "notices:\n  - year: 2030\n    issued: 'not a date'\n");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith(dir.resolve("calendar/prc-holidays.yaml") + ": cannot read: "), problems.get(0));
    }
}
