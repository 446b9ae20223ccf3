package synthlex.timing;

import java.time.Period;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ISO-8601 durations as rule files write them: {@code P10D}, {@code P1M}, {@code P2Y}, {@code PT2H}. */
final class Durations {
    private static final Pattern ISO = Pattern.compile(
            "^P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?$");
    private static final Pattern DAYS = Pattern.compile("^P(\\d+)D$");

    private Durations() { }

    /** Whether {@code s} is an ISO-8601 duration with at least one non-zero part. */
    static boolean valid(String s) {
        Matcher m = ISO.matcher(s);
        if (!m.matches() || s.endsWith("T")) return false;
        for (int g = 1; g <= 7; g++) if (m.group(g) != null && Long.parseLong(m.group(g)) > 0) return true;
        return false;
    }

    /** Whether {@code s} counts whole days only ({@code PnD}), as working days must. */
    static boolean daysOnly(String s) {
        return DAYS.matcher(s).matches();
    }

    /** An approximate length in days, to order deadlines (a year 365 days, a month 30, a working day 7/5 of a day). */
    static double approxDays(String s, boolean workingDays) {
        Matcher m = ISO.matcher(s);
        if (!m.matches()) return Double.MAX_VALUE;
        double days = n(m, 1) * 365 + n(m, 2) * 30 + n(m, 3) * 7 + n(m, 4) + n(m, 5) / 24.0 + n(m, 6) / 1440.0 + n(m, 7) / 86400.0;
        return workingDays ? days * 7 / 5 : days;
    }

    static Period datePeriod(String s) {
        Matcher m = ISO.matcher(s);
        if (!m.matches() || m.group(5) != null || m.group(6) != null || m.group(7) != null) return null;
        return Period.of((int) n(m, 1), (int) n(m, 2), (int) (n(m, 3) * 7 + n(m, 4)));
    }

    private static long n(Matcher m, int group) {
        return m.group(group) == null ? 0 : Long.parseLong(m.group(group));
    }
}
