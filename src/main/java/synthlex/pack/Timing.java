package synthlex.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import synthlex.law.Citation;

/**
 * The answer's {@code timing} ({@code {when, period, workingDays, from, every, basis}}) and
 * {@code due} in words. Both are read from the JSON and may be absent (an answer made before they
 * were added, or a request without {@code launchDate}): then they read "—".
 */
final class Timing {
    static final String NONE = "—";
    private static final Pattern PERIOD = Pattern.compile("^P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?)?$");

    private Timing() { }

    /**
     * The timing in words, without its basis, followed by any further deadlines the same provisions
     * set ({@code also}, e.g. a filing's change and cancellation); "—" when the answer has none.
     */
    static String text(JsonNode t, Language lang) {
        String main = one(t, lang);
        if (main.equals(NONE)) return NONE;
        StringBuilder b = new StringBuilder(main);
        for (JsonNode also : t.path("also")) {
            String more = one(also, lang);
            if (!more.equals(NONE)) b.append(lang.t("; also ", "；另") ).append(more);
        }
        return b.toString();
    }

    private static String one(JsonNode t, Language lang) {
        if (t == null || !t.isObject() || t.path("when").asText("").isEmpty()) return NONE;
        String when = t.path("when").asText();
        String from = t.path("from").asText("");
        String fromText = from.isEmpty() ? "" : Terms.trigger(from, lang);
        String period = period(t.path("period").asText(""), t.path("workingDays").asBoolean(false), lang);
        String every = period(t.path("every").asText(""), false, lang);
        return switch (when) {
            case "before-launch" -> lang.t("before launch", "上线前");
            case "at-launch" -> lang.t("in place at launch", "上线时即须落实");
            case "within" -> lang.zh()
                    ? (fromText.isEmpty() ? "" : "自" + fromText + "之日起") + (period.isEmpty() ? "限期内" : period + "内")
                    : "within " + (period.isEmpty() ? "the period set" : period) + (fromText.isEmpty() ? "" : " of " + fromText);
            case "periodic" -> lang.zh() ? (every.isEmpty() ? "定期" : "定期，每" + every) : (every.isEmpty() ? "periodically" : "periodically, every " + every);
            case "on-event" -> lang.zh() ? (fromText.isEmpty() ? "事件发生时" : fromText + "时") : (fromText.isEmpty() ? "when the event occurs" : "on " + fromText);
            case "ongoing" -> lang.t("ongoing", "持续遵守");
            default -> when;
        };
    }

    /** A {@code timing.when} code in words (the summary's byTiming keys). */
    static String when(String code, Language lang) {
        return switch (code) {
            case "before-launch" -> lang.t("before launch", "上线前");
            case "at-launch" -> lang.t("in place at launch", "上线时即须落实");
            case "within" -> lang.t("within a period", "限期内");
            case "periodic" -> lang.t("periodic", "定期");
            case "on-event" -> lang.t("on an event", "事件发生时");
            case "ongoing" -> lang.t("ongoing", "持续遵守");
            default -> code;
        };
    }

    /** The basis the timing is read from, as the registered provision (null when absent or unregistered). */
    static Citation basis(JsonNode t, Sources sources) {
        if (t == null || !t.isObject()) return null;
        String basis = t.path("basis").asText("");
        if (basis.isEmpty()) return null;
        Citation c = sources.byLabel(basis);
        return c != null ? c : sources.byKey(basis);
    }

    /** The bases of the timing and of its further deadlines ({@code also}), as registered provisions, without repeats. */
    static java.util.List<Citation> bases(JsonNode t, Sources sources) {
        java.util.List<Citation> out = new java.util.ArrayList<>();
        Citation main = basis(t, sources);
        if (main != null) out.add(main);
        if (t != null) {
            for (JsonNode also : t.path("also")) {
                Citation c = basis(also, sources);
                if (c != null && !out.contains(c)) out.add(c);
            }
        }
        return out;
    }

    /** The answer's note on a due date (e.g. counted over a year whose holiday notice is not yet out), or "". */
    static String dueNote(JsonNode obligation) {
        String note = obligation.path("dueNote").asText("");
        return note.isBlank() ? "" : note;
    }

    /** The due date, or "—" (no {@code launchDate} in the request, or an answer without due dates). */
    static String due(JsonNode due) {
        if (due == null || due.isMissingNode() || due.isNull()) return NONE;
        if (due.isTextual()) return due.asText().isBlank() ? NONE : due.asText();
        if (due.isObject() && due.path("date").isTextual()) return due.path("date").asText();
        return due.toString();
    }

    /** An ISO-8601 period such as P10D or P2Y in words; "" when absent. */
    static String period(String iso, boolean workingDays, Language lang) {
        if (iso == null || iso.isEmpty()) return "";
        Matcher m = PERIOD.matcher(iso);
        if (!m.matches()) return iso;
        StringBuilder b = new StringBuilder();
        String[][] units = {
            {"year", "years", "年"}, {"month", "months", "个月"}, {"week", "weeks", "周"},
            workingDays ? new String[] {"working day", "working days", "个工作日"} : new String[] {"day", "days", "日"},
            {"hour", "hours", "小时"}, {"minute", "minutes", "分钟"}};
        for (int i = 0; i < units.length; i++) {
            String n = m.group(i + 1);
            if (n == null) continue;
            if (lang.zh()) b.append(n).append(units[i][2]);
            else b.append(b.length() == 0 ? "" : " ").append(n).append(' ').append(n.equals("1") ? units[i][0] : units[i][1]);
        }
        return b.toString();
    }
}
