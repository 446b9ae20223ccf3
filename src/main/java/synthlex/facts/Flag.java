package synthlex.facts;

import java.util.List;

/**
 * The answer to one yes/no {@link Field}. Rules match {@code possiblyTrue} (yes or unknown) or
 * {@code possiblyFalse} (no or unknown); an unknown answer makes what it grounds undetermined.
 */
public record Flag(Field field, Truth value, String detail) implements Evidence {

    public Flag(Field field, Truth value) { this(field, value, null); }

    public boolean isPossiblyTrue() { return value != Truth.NO; }

    public boolean isPossiblyFalse() { return value != Truth.YES; }

    public boolean isKnown() { return value != Truth.UNKNOWN; }

    @Override public String because() {
        return detail != null ? detail : field.is(value);
    }

    @Override public List<Field> missing() {
        return value == Truth.UNKNOWN ? field.alone() : List.of();
    }
}
