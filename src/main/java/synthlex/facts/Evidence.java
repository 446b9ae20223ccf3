package synthlex.facts;

import java.util.List;

/**
 * A fact a rule can match. Each one says, in plain words, what it shows ({@link #because()}) and
 * which client fields it still lacks ({@link #missing()}): a rule that matched unknown evidence
 * yields an undetermined result naming those fields.
 */
public interface Evidence {
    /** Plain words for the answer's {@code because}, e.g. "capabilities contains face-swap". */
    String because();

    /** The fields the client left unknown that this evidence rests on; empty when it is known. */
    default List<Field> missing() { return List.of(); }

    /** {@code prefix + code} for every constant, by ordinal: computed once, since every answer repeats them. */
    static String[] words(String prefix, synthlex.model.Code[] constants) {
        String[] out = new String[constants.length];
        for (int i = 0; i < constants.length; i++) out[i] = prefix + constants[i].code();
        return out;
    }
}
