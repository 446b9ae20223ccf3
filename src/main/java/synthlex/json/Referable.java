package synthlex.json;

import com.fasterxml.jackson.core.io.SerializedString;

/**
 * A pre-rendered value that an answer written with {@link CitationStyle#REF} writes as a short
 * reference, {@code {"ref": key, "label": …}}, listing the value itself once under the answer's
 * {@code provisions}, keyed by {@link #key()}. Both forms are rendered once, when the rule base loads.
 */
public interface Referable extends PreRendered {
    /** Stable and unique among the values an answer can cite: what {@code ref} names and {@code provisions} is keyed by. */
    String key();

    /** The reference's JSON, escaped and UTF-8 encoded. */
    SerializedString referenceJson();
}
