package synthlex.timing;

import java.time.LocalDate;
import java.util.List;

/** {@code rules/sources/calendar/prc-holidays.yaml} as written; {@link PrcCalendar} checks and indexes it. */
record CalendarFile(CivilCode civilCode, List<NoticeEntry> notices) {

    record CivilCode(String title, String note, List<Article> articles) { }

    /** One article of the Civil Code's chapter on periods, verbatim (paragraphs on separate lines). */
    record Article(int article, String text, String summary) { }

    /** One notice and the arrangements it makes. {@code amends}: the document number it changes. */
    record NoticeEntry(Integer year, String title, String documentNumber, LocalDate issued, String url,
                       String amends, String note, List<String> checkedAgainst, List<Arrangement> arrangements) {

        Notice notice() {
            return new Notice(year, title, documentNumber, issued, url);
        }

        String label() {
            return year + " " + (documentNumber != null ? documentNumber : title);
        }
    }

    /**
     * One numbered item of a notice: the days off {@code from}..{@code to} (both included), the number
     * of days the notice states (共N天) where it states one, and the make-up working days (调休上班).
     */
    record Arrangement(String name, String text, LocalDate from, LocalDate to, Integer days, List<LocalDate> workdays) { }
}
