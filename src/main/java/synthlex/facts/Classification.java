package synthlex.facts;

import java.util.List;

/**
 * A legal classification derived by a rule in classification.drl, e.g. "deep-synthesis-service-provider".
 * Obligation rules match it by {@code id}; an undetermined classification makes them undetermined too.
 *
 * @param facts   the product facts behind it, in plain words
 * @param missing the unknown fields it rests on (empty when it applies)
 * @param rule    the name of the rule that derived it
 */
public record Classification(String id, Status status, List<String> facts, List<Field> missing, String rule)
        implements Evidence {

    @Override public String because() { return id; }
}
