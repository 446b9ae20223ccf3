package synthlex.timing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import synthlex.law.Citation;
import synthlex.law.InstrumentStatus;
import synthlex.model.Code;

/**
 * Reads {@code @timing} and {@code @timingBasis}, the metadata that says when an obligation must be
 * met, and says in plain words what is wrong with them. The grammar, one timing per {@code ;}:
 * <pre>
 *   before-launch | at-launch | ongoing
 *   within PERIOD [working-days] from EVENT
 *   periodic [every PERIOD] [from EVENT]
 *   on-event from EVENT
 * </pre>
 * PERIOD is an ISO-8601 duration ({@code P10D}, {@code P1M}, {@code P2Y}, {@code PT24H}); EVENT is
 * one of {@link Trigger}'s codes. The first timing is the obligation's; further ones are more
 * deadlines the same provisions set for the same thing to do (the answer's {@code timing.also}).
 * {@code @timingBasis} names the provision that fixes each timing, {@code ;}-separated in the same
 * order; without it, each timing rests on the rule's own citations.
 */
public final class TimingSyntax {
    public static final String TIMING = "timing", TIMING_BASIS = "timingBasis";
    static final String WORKING_DAYS = "working-days";

    /** What was read, and every problem found (empty when it is fine). */
    public record Parsed(List<TimingSpec> specs, List<String> problems) { }

    private TimingSyntax() { }

    /**
     * Parses {@code timing} and {@code basis} (either may be null); {@code resolve} turns a citation
     * reference into a registered provision or throws with the reason.
     */
    public static Parsed parse(String timing, String basis, Function<String, Citation> resolve) {
        List<String> problems = new ArrayList<>();
        List<TimingSpec> specs = new ArrayList<>();
        if (timing == null || timing.isBlank()) {
            problems.add("needs @timing: when the duty must be met (" + whens() + "), e.g. @timing(\"within P10D working-days from launch\");"
                    + " \"ongoing\" where the law gives no time");
            return new Parsed(List.of(), problems);
        }
        String[] entries = timing.split(";", -1);
        String[] bases = basis == null ? null : basis.split(";", -1);
        if (bases != null && bases.length != entries.length) {
            problems.add("@timingBasis names " + bases.length + " provision(s) for " + entries.length
                    + " timing(s); give one per timing, ';'-separated in the same order");
            bases = null;
        }
        for (int i = 0; i < entries.length; i++) {
            Citation cited = null;
            if (bases != null) {
                String ref = bases[i].trim();
                if (ref.isEmpty()) {
                    problems.add("@timingBasis has an empty entry; name the provision that fixes timing " + (i + 1));
                } else {
                    try {
                        cited = resolve.apply(ref);
                        if (cited.source().status() != InstrumentStatus.IN_FORCE || cited.source().supersededOn() != null) {
                            problems.add("@timingBasis '" + ref + "' is not law in force (a draft, repealed or superseded text cannot fix a deadline)");
                        }
                    } catch (RuntimeException e) {
                        problems.add("@timingBasis " + e.getMessage());
                    }
                }
            }
            TimingSpec spec = entry(entries[i].trim(), cited, problems);
            if (spec != null) specs.add(spec);
        }
        return new Parsed(problems.isEmpty() ? List.copyOf(specs) : List.of(), problems);
    }

    private static TimingSpec entry(String text, Citation basis, List<String> problems) {
        String at = "@timing(\"" + text + "\"): ";
        if (text.isEmpty()) {
            problems.add("@timing has an empty entry; write one timing per ';'");
            return null;
        }
        String[] t = text.split("\\s+");
        When when;
        try {
            when = Code.parse(When.class, t[0]);
        } catch (IllegalArgumentException e) {
            problems.add(at + "'" + t[0] + "' is not a timing; it starts with one of " + whens());
            return null;
        }
        String period = null, every = null;
        boolean workingDays = false;
        Trigger from = null;
        int before = problems.size();
        for (int i = 1; i < t.length; i++) {
            String w = t[i];
            if (w.equals(WORKING_DAYS)) {
                workingDays = true;
            } else if (w.equals("from") || w.equals("every")) {
                if (i + 1 >= t.length) {
                    problems.add(at + "'" + w + "' needs " + (w.equals("from") ? "an event (" + events() + ")" : "a period such as P1Y"));
                    break;
                }
                String v = t[++i];
                if (w.equals("from")) {
                    try {
                        from = Code.parse(Trigger.class, v);
                    } catch (IllegalArgumentException e) {
                        problems.add(at + "'" + v + "' is not an event; from takes one of " + events());
                    }
                } else if (!Durations.valid(v)) {
                    problems.add(at + "every '" + v + "' is not an ISO-8601 period such as P1Y or P6M");
                } else {
                    every = v;
                }
            } else if (w.startsWith("P") && period == null) {
                if (!Durations.valid(w)) problems.add(at + "'" + w + "' is not an ISO-8601 period such as P10D, P1M or PT24H");
                else period = w;
            } else {
                problems.add(at + "'" + w + "' is not understood; write e.g. \"within P10D working-days from launch\"");
            }
        }
        if (problems.size() > before) return null;
        switch (when) {
            case ONGOING, BEFORE_LAUNCH, AT_LAUNCH -> {
                if (period != null || every != null || from != null || workingDays) {
                    problems.add(at + when.code() + (when == When.ONGOING
                            ? " is for duties the law gives no time, so it names no period, working days, interval or event;"
                              + " where the law gives a period, write \"within …\" or \"periodic every …\""
                            : " names no period, working days, interval or event"));
                }
            }
            case WITHIN -> {
                if (period == null) problems.add(at + "within needs a period, e.g. \"within P10D working-days from launch\"");
                if (from == null) problems.add(at + "within needs the event that starts the clock: from " + events());
                if (every != null) problems.add(at + "within takes no interval (every); a recurring duty is \"periodic every …\"");
            }
            case PERIODIC -> {
                if (period != null) problems.add(at + "a periodic duty gives its interval as \"every " + period + "\"");
                if (workingDays) problems.add(at + "working-days goes with a period counted in days, not with periodic");
            }
            case ON_EVENT -> {
                if (from == null) problems.add(at + "on-event needs the event: from " + events());
                if (period != null) problems.add(at + "an event with a period is \"within " + period + " from …\", not on-event");
                if (every != null) problems.add(at + "on-event takes no interval (every)");
            }
        }
        if (workingDays && period != null && !Durations.daysOnly(period)) {
            problems.add(at + "working-days counts days: the period must be whole days (PnD), not " + period);
        }
        if (problems.size() > before) return null;
        return new TimingSpec(when, period, workingDays, from, every, basis);
    }

    static String whens() {
        return Arrays.stream(When.values()).map(When::code).collect(Collectors.joining(", "));
    }

    static String events() {
        return Arrays.stream(Trigger.values()).map(Trigger::code).collect(Collectors.joining(", "));
    }
}
