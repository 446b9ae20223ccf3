package synthlex.facts;

import java.util.List;

/**
 * How many individuals' personal information the service holds (API
 * {@code personalInformation.individuals}); unknown when absent. Rules compare with thresholds:
 * {@code Individuals( possiblyAtLeast(1000000) )}.
 */
public record Individuals(Long count) implements Evidence {

    public boolean possiblyAtLeast(long n) { return count == null || count >= n; }

    public boolean possiblyBelow(long n) { return count == null || count < n; }

    @Override public String because() {
        return count == null ? "personalInformation.individuals is unknown" : "personalInformation.individuals is " + count;
    }

    @Override public List<Field> missing() {
        return count == null ? Field.INDIVIDUALS.alone() : List.of();
    }
}
