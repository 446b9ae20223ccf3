package synthlex.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes strings that come from the rule base (titles, summaries, readings, reasons, questions)
 * from UTF-8 escaped and encoded once: every answer repeats the same few hundred of them, and
 * escaping them anew was half the cost of writing an answer. Annotate a field with
 * {@code @JsonSerialize(using = RuleText.class)} (or {@code contentUsing} for a list). The cache
 * is bounded; past it, a string is written the ordinary way.
 */
public final class RuleText extends StdSerializer<String> {
    private static final int MAX_ENTRIES = 20_000;
    private static final ConcurrentHashMap<String, SerializedString> ENCODED = new ConcurrentHashMap<>();

    public RuleText() { super(String.class); }

    @Override public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        write(value, gen);
    }

    /** Writes {@code value} as a JSON string, from the cache. */
    public static void write(String value, JsonGenerator gen) throws IOException {
        SerializedString encoded = ENCODED.get(value);
        if (encoded == null) {
            if (ENCODED.size() >= MAX_ENTRIES) {
                gen.writeString(value);
                return;
            }
            encoded = new SerializedString(value);
            encoded.asQuotedUTF8(); // encode before sharing, not on first use
            ENCODED.putIfAbsent(value, encoded);
        }
        gen.writeString(encoded);
    }
}
