package synthlex.timing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The official PRC working-day calendar, loaded from {@code rules/sources/calendar/prc-holidays.yaml}:
 * the State Council's annual holiday notices (days off and make-up working days), and the Civil
 * Code's rule for reckoning periods (Arts. 200–204). See {@code docs/calendar.md}.
 *
 * <p>A day is a working day unless a notice makes it a day off; a Saturday or Sunday is a rest day
 * unless a notice makes it a make-up working day (调休上班). A year without a registered notice is
 * counted Monday to Friday, and every {@link Due} that depends on it says so. Immutable.
 */
public final class PrcCalendar {
    /** Where the calendar lives, relative to {@code rules/sources}. */
    public static final String FILE = "calendar/prc-holidays.yaml";

    /**
     * From this day of December a day also depends on the next year's notice: its New Year
     * arrangement can reach back into December (the 2019 notice made 29 December 2018 a working
     * Saturday and 30–31 December days off).
     */
    static final int NEW_YEAR_REACH_FROM = 25;

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final Pattern GOV_CN = Pattern.compile("^https?://www\\.gov\\.cn/\\S+$");

    private final SortedMap<LocalDate, String> daysOff;
    private final SortedMap<LocalDate, String> makeUpWorkdays;
    private final SortedSet<Integer> years;
    private final List<Notice> notices;
    private final SortedMap<Integer, String> civilCode;

    private PrcCalendar(SortedMap<LocalDate, String> daysOff, SortedMap<LocalDate, String> makeUpWorkdays,
                        SortedSet<Integer> years, List<Notice> notices, SortedMap<Integer, String> civilCode) {
        this.daysOff = Collections.unmodifiableSortedMap(daysOff);
        this.makeUpWorkdays = Collections.unmodifiableSortedMap(makeUpWorkdays);
        this.years = Collections.unmodifiableSortedSet(years);
        this.notices = List.copyOf(notices);
        this.civilCode = Collections.unmodifiableSortedMap(civilCode);
    }

    /**
     * Reads {@code sourcesDir/calendar/prc-holidays.yaml}.
     *
     * @param sourcesDir the registered law's folder, {@code rules/sources}
     * @throws CalendarException (an {@link IllegalArgumentException}) listing every problem, each
     *                           starting with the file's path
     */
    public static PrcCalendar load(Path sourcesDir) {
        Path file = sourcesDir.resolve(FILE);
        String shown = file.toString().replace('\\', '/');
        return of(read(file, shown), shown);
    }

    /** The file as written, unchecked (for the consistency test). */
    static CalendarFile read(Path file, String shown) {
        if (!Files.isRegularFile(file)) {
            throw new CalendarException(List.of(shown + ": not found; the official working-day calendar is read from there"));
        }
        try {
            CalendarFile data = YAML.readValue(file.toFile(), CalendarFile.class);
            if (data == null) throw new CalendarException(List.of(shown + ": empty"));
            return data;
        } catch (IOException e) {
            throw new CalendarException(List.of(shown + ": cannot read: " + firstLine(e.getMessage())));
        }
    }

    /** Checks the file and builds the calendar; every problem found is reported at once. */
    static PrcCalendar of(CalendarFile data, String shown) {
        List<String> problems = new ArrayList<>();
        SortedMap<Integer, String> civilCode = checkCivilCode(data.civilCode(), shown, problems);

        List<CalendarFile.NoticeEntry> entries = data.notices() == null ? List.of() : data.notices();
        if (entries.isEmpty()) problems.add(shown + ": no notices");
        Map<String, CalendarFile.NoticeEntry> annual = new HashMap<>();   // document number -> annual notice
        SortedSet<Integer> years = new TreeSet<>();
        for (CalendarFile.NoticeEntry n : entries) {
            if (!checkNotice(n, shown, problems)) continue;
            if (n.amends() == null) {
                if (!years.add(n.year())) problems.add(shown + ": " + n.year() + " has two annual notices; a later change says which notice it amends");
                if (n.documentNumber() != null) annual.put(n.documentNumber(), n);
            }
        }

        // Apply in the order issued: an amendment replaces, for the dates it names, what its notice said.
        SortedMap<LocalDate, String> daysOff = new TreeMap<>();
        SortedMap<LocalDate, String> workdays = new TreeMap<>();
        Map<LocalDate, CalendarFile.NoticeEntry> setBy = new HashMap<>();
        List<CalendarFile.NoticeEntry> ordered = entries.stream()
                .filter(n -> n.year() != null && n.issued() != null && n.arrangements() != null)
                .sorted(Comparator.comparing(CalendarFile.NoticeEntry::issued)).toList();
        for (CalendarFile.NoticeEntry n : ordered) {
            String at = shown + ": " + n.label();
            if (n.amends() != null) {
                CalendarFile.NoticeEntry base = annual.get(n.amends());
                if (base == null || !base.year().equals(n.year())) {
                    problems.add(at + " amends " + n.amends() + ", which is not an annual notice for " + n.year() + " in this file");
                } else if (!base.issued().isBefore(n.issued())) {
                    problems.add(at + " amends " + n.amends() + " but is not issued after it");
                }
            }
            Map<LocalDate, String> own = new HashMap<>();
            for (CalendarFile.Arrangement a : n.arrangements()) {
                if (!checkArrangement(n, a, at, problems)) continue;
                for (LocalDate d = a.from(); !d.isAfter(a.to()); d = d.plusDays(1)) {
                    claim(own, d, "day off", at, problems);
                }
                for (LocalDate d : a.workdays() == null ? List.<LocalDate>of() : a.workdays()) {
                    claim(own, d, "make-up working day", at, problems);
                }
            }
            for (CalendarFile.Arrangement a : n.arrangements()) {
                if (a.from() == null || a.to() == null) continue;
                for (LocalDate d = a.from(); !d.isAfter(a.to()); d = d.plusDays(1)) {
                    set(d, a.name(), true, n, setBy, daysOff, workdays, at, problems);
                }
                for (LocalDate d : a.workdays() == null ? List.<LocalDate>of() : a.workdays()) {
                    if (d != null) set(d, a.name(), false, n, setBy, daysOff, workdays, at, problems);
                }
            }
        }
        if (!problems.isEmpty()) throw new CalendarException(problems);

        List<Notice> notices = entries.stream().map(CalendarFile.NoticeEntry::notice)
                .sorted(Comparator.comparing(Notice::year).thenComparing(Notice::issued)).toList();
        return new PrcCalendar(daysOff, workdays, years, notices, civilCode);
    }

    private static SortedMap<Integer, String> checkCivilCode(CalendarFile.CivilCode code, String shown, List<String> problems) {
        SortedMap<Integer, String> articles = new TreeMap<>();
        if (code != null && code.articles() != null) {
            for (CalendarFile.Article a : code.articles()) {
                if (a.text() != null && !a.text().isBlank()) articles.put(a.article(), a.text());
            }
        }
        List<Integer> missing = new ArrayList<>();
        for (int art = 200; art <= 204; art++) if (!articles.containsKey(art)) missing.add(art);
        if (!missing.isEmpty()) {
            problems.add(shown + ": civilCode must quote the Civil Code's Articles 200 to 204 (the rule every due date follows); missing "
                    + missing.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        return articles;
    }

    /** The notice's own fields; false when it cannot be used at all. */
    private static boolean checkNotice(CalendarFile.NoticeEntry n, String shown, List<String> problems) {
        if (n.year() == null) {
            problems.add(shown + ": a notice without a year (" + n.title() + ")");
            return false;
        }
        String at = shown + ": " + n.label();
        boolean usable = true;
        if (n.title() == null || n.title().isBlank()) problems.add(at + ": title is required");
        else if (!n.title().contains(n.year() + "年")) problems.add(at + ": the title does not name " + n.year() + "年: " + n.title());
        if (n.url() == null || !GOV_CN.matcher(n.url()).matches()) problems.add(at + ": url must be the notice on www.gov.cn, not " + n.url());
        if (n.issued() == null) {
            problems.add(at + ": issued (the date the notice is signed) is required");
            usable = false;
        } else if (n.amends() == null && n.issued().getYear() >= n.year()) {
            problems.add(at + ": issued " + n.issued() + ", but an annual notice is issued before its year begins");
        }
        if (n.arrangements() == null || n.arrangements().isEmpty()) {
            problems.add(at + ": no arrangements");
            usable = false;
        }
        return usable;
    }

    /** One arrangement's dates against its notice; false when its dates cannot be used. */
    private static boolean checkArrangement(CalendarFile.NoticeEntry n, CalendarFile.Arrangement a, String at, List<String> problems) {
        String what = at + " " + (a.name() == null ? "(unnamed arrangement)" : a.name());
        if (a.name() == null || a.text() == null || a.text().isBlank()) problems.add(what + ": name and text (the notice's words) are required");
        if (a.from() == null || a.to() == null) {
            problems.add(what + ": from and to are required");
            return false;
        }
        if (a.to().isBefore(a.from())) {
            problems.add(what + ": to " + a.to() + " is before from " + a.from());
            return false;
        }
        long span = a.to().toEpochDay() - a.from().toEpochDay() + 1;
        if (a.days() != null && a.days() != span) {
            problems.add(what + ": " + a.from() + " to " + a.to() + " is " + span + " days, but the notice says 共" + a.days() + "天");
        }
        checkInYear(n.year(), a.from(), what, problems);
        checkInYear(n.year(), a.to(), what, problems);
        for (LocalDate d : a.workdays() == null ? List.<LocalDate>of() : a.workdays()) {
            if (d == null) {
                problems.add(what + ": an empty make-up working day");
                continue;
            }
            checkInYear(n.year(), d, what, problems);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                problems.add(what + ": make-up working day " + d + " is a " + d.getDayOfWeek().name().toLowerCase()
                        + "; a make-up working day is a Saturday or Sunday");
            }
        }
        return true;
    }

    /** A notice for year Y arranges Y, and its New Year may reach back into the last days of December Y-1. */
    private static void checkInYear(int year, LocalDate d, String what, List<String> problems) {
        boolean inYear = d.getYear() == year;
        boolean newYearReach = d.getYear() == year - 1 && d.getMonthValue() == 12 && d.getDayOfMonth() >= NEW_YEAR_REACH_FROM;
        if (!inYear && !newYearReach) {
            problems.add(what + ": " + d + " is outside " + year + " (and not in the last days of December before its New Year)");
        }
    }

    /** Within one notice a date is either a day off or a make-up working day, once. */
    private static void claim(Map<LocalDate, String> own, LocalDate d, String kind, String at, List<String> problems) {
        if (d == null) return;
        String before = own.putIfAbsent(d, kind);
        if (before == null) return;
        if (before.equals(kind)) problems.add(at + ": " + d + " is listed twice as a " + kind);
        else problems.add(at + ": " + d + " is both a day off and a make-up working day");
    }

    private static void set(LocalDate d, String name, boolean off, CalendarFile.NoticeEntry n,
                            Map<LocalDate, CalendarFile.NoticeEntry> setBy, SortedMap<LocalDate, String> daysOff,
                            SortedMap<LocalDate, String> workdays, String at, List<String> problems) {
        CalendarFile.NoticeEntry earlier = setBy.get(d);
        if (earlier != null && earlier != n) {
            boolean amending = n.amends() != null && n.year().equals(earlier.year());
            if (!amending) {
                problems.add(at + ": " + d + " is also arranged by " + earlier.label() + "; only a notice that amends it may change it");
                return;
            }
        }
        setBy.put(d, n);
        if (off) {
            workdays.remove(d);
            daysOff.put(d, name);
        } else {
            daysOff.remove(d);
            workdays.put(d, name);
        }
    }

    private static String firstLine(String message) {
        if (message == null) return "";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    // ---------------------------------------------------------------- the calendar

    /**
     * Whether {@code day} is a working day: not a day off under a notice, and Monday to Friday or a
     * make-up working day. For a year without a notice ({@link #knows} false): Monday to Friday.
     */
    public boolean isWorkingDay(LocalDate day) {
        if (daysOff.containsKey(day)) return false;
        if (makeUpWorkdays.containsKey(day)) return true;
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** True when a State Council notice arranging {@code year}'s holidays is in the data file. */
    public boolean knows(int year) {
        return years.contains(year);
    }

    /** The years with a notice, ascending. */
    public SortedSet<Integer> knownYears() {
        return years;
    }

    /** Every notice, by year and then by date issued (a year's later changes follow its annual notice). */
    public List<Notice> notices() {
        return notices;
    }

    /** The holiday {@code day} is a day off for (e.g. 国庆节), if it is one under a notice. */
    public Optional<String> holiday(LocalDate day) {
        return Optional.ofNullable(daysOff.get(day));
    }

    /** True when a notice makes {@code day}, a Saturday or Sunday, a working day (调休上班). */
    public boolean isMakeUpWorkday(LocalDate day) {
        return makeUpWorkdays.containsKey(day);
    }

    /** Every day off under the notices, with its holiday's name. */
    public SortedMap<LocalDate, String> daysOff() {
        return daysOff;
    }

    /** Every make-up working day under the notices, with the holiday it makes up for. */
    public SortedMap<LocalDate, String> makeUpWorkdays() {
        return makeUpWorkdays;
    }

    /** The Civil Code's Articles 200–204 verbatim, by article (paragraphs on separate lines). */
    public SortedMap<Integer, String> civilCode() {
        return civilCode;
    }

    /**
     * The Civil Code reckoning (Arts. 200–204): a period in days, months or years from {@code start},
     * the start day not counted (Art. 201); a period in months or years ends on the corresponding day
     * of the last month, or that month's last day where it has none (Art. 202); a last day that is a
     * statutory holiday or rest day moves to the next working day (Art. 203). With
     * {@code workingDays}, the period is N working days (工作日) and the last day is the Nth working
     * day after {@code start}.
     *
     * <p>{@link Due#yearsWithoutNotice()} lists every year without a notice whose days decided the
     * result: for working days every day counted, for a calendar period only the last day and any
     * days it moved over. A day in the last week of December also depends on the next year's notice.
     *
     * @param period days, months and/or years, not negative; with {@code workingDays}, days only
     *               (P10D). A zero period is due on {@code start} itself.
     */
    public Due due(LocalDate start, Period period, boolean workingDays) {
        if (start == null || period == null) throw new IllegalArgumentException("due needs a start date and a period");
        if (period.isNegative()) throw new IllegalArgumentException("a period runs forward; got " + period);
        if (workingDays && (period.getYears() != 0 || period.getMonths() != 0)) {
            throw new IllegalArgumentException("working days are counted in days (e.g. P10D), not months or years; got " + period);
        }
        if (period.isZero()) return new Due(start, List.of());
        SortedSet<Integer> missing = new TreeSet<>();
        LocalDate day;
        if (workingDays) {
            day = start;
            for (int counted = 0; counted < period.getDays(); ) {
                day = day.plusDays(1);
                consult(day, missing);
                if (isWorkingDay(day)) counted++;
            }
        } else {
            day = start.plus(period);             // Arts. 201–202: LocalDate clamps to the month's last day
            consult(day, missing);
            while (!isWorkingDay(day)) {           // Art. 203
                day = day.plusDays(1);
                consult(day, missing);
            }
        }
        return new Due(day, List.copyOf(missing));
    }

    /** Notes the years whose notice decides whether {@code day} is a working day and that have none. */
    private void consult(LocalDate day, SortedSet<Integer> missing) {
        if (!years.contains(day.getYear())) missing.add(day.getYear());
        if (day.getMonthValue() == 12 && day.getDayOfMonth() >= NEW_YEAR_REACH_FROM && !years.contains(day.getYear() + 1)) {
            missing.add(day.getYear() + 1);
        }
    }
}
