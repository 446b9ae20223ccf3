package synthlex.facts;

import java.util.List;

/**
 * A number the client gave (or not) for a counting {@link Field}, e.g. how many individuals'
 * information is held. Rules compare with thresholds and an unknown count matches both ways:
 * {@code Count( field == Field.INDIVIDUALS, possiblyAtLeast(1000000) )}.
 */
public record Count(Field field, Long value) implements Evidence {

    public boolean possiblyAtLeast(long n) { return value == null || value >= n; }

    public boolean possiblyBelow(long n) { return value == null || value < n; }

    @Override public String because() {
        return field.path() + (value == null ? " is unknown" : " is " + value);
    }

    @Override public List<Field> missing() {
        return value == null ? field.alone() : List.of();
    }
}
