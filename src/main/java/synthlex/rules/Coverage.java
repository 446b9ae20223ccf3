package synthlex.rules;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import synthlex.law.Citation;
import synthlex.law.Instrument;
import synthlex.law.NotEncoded;
import synthlex.law.UnresolvedCitationException;

/**
 * Which duty lines of the research base each rule encodes: a duty is encoded when a rule cites
 * its provision or a part of it (a paragraph or item within it), deliberately not encoded when
 * rules/sources/not-encoded/ lists it with a reason, and missing otherwise.
 */
public final class Coverage {
    public enum State { ENCODED, NOT_ENCODED, MISSING }

    public record Line(String instrument, String cite, String duty, String kind, State state,
                       List<String> rules, String reason) { }

    private Coverage() { }

    public static List<Line> of(RuleBase rb) throws IOException {
        Map<String, NotEncoded.Entry> deliberate = NotEncoded.load(rb.directory().resolve("sources")).stream()
                .collect(Collectors.toMap(e -> canonical(rb, e.cite()), Function.identity(), (a, b) -> a));
        List<Line> lines = new ArrayList<>();
        for (Instrument in : rb.sources().instruments()) {
            if (in.duties() == null) continue;
            for (Instrument.Duty d : in.duties()) {
                String ref = in.abbreviation() + " " + d.cite();
                Citation duty = rb.sources().resolve(ref);
                List<String> rules = rb.obligationRules().stream()
                        .filter(r -> r.citations().stream().anyMatch(c -> within(c, duty)))
                        .map(r -> r.obligationId() + " (" + r.name() + ")")
                        .toList();
                NotEncoded.Entry why = deliberate.get(duty.ref());
                State state = !rules.isEmpty() ? State.ENCODED : why != null ? State.NOT_ENCODED : State.MISSING;
                lines.add(new Line(in.id(), duty.ref(), d.duty(), d.kind(), state, rules, why == null ? null : why.reason()));
            }
        }
        return lines;
    }

    /** Whether citation {@code c} names {@code duty}'s provision or a part of it. */
    static boolean within(Citation c, Citation duty) {
        return c.instrument().equals(duty.instrument()) && c.article() == duty.article()
                && (duty.paragraph() == null || Objects.equals(c.paragraph(), duty.paragraph()))
                && (duty.item() == null || Objects.equals(c.item(), duty.item()));
    }

    private static String canonical(RuleBase rb, String cite) {
        try {
            return rb.sources().resolve(cite).ref();
        } catch (UnresolvedCitationException e) {
            throw new UnresolvedCitationException("rules/sources/not-encoded: " + e.getMessage());
        }
    }
}
