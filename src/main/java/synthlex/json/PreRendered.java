package synthlex.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * A value whose JSON is rendered once, when the rule base loads, because every answer repeats it
 * (a citation with its verbatim text, the rule behind an obligation). Annotate the type with
 * {@code @JsonSerialize(using = PreRendered.Serializer.class)}; writing it is then a copy of bytes.
 */
public interface PreRendered {
    /** The value's JSON, escaped and UTF-8 encoded. */
    SerializedString json();

    /** Renders {@code value} (a map, say) to JSON and encodes it now, not on the first answer. */
    static SerializedString render(Object value) {
        SerializedString json = new SerializedString(Json.compact(value));
        json.asUnquotedUTF8();
        return json;
    }

    /**
     * Writes the pre-rendered bytes; in an answer written with {@link CitationStyle#REF}, a
     * {@link Referable}'s reference instead, noting the value for the answer's provisions.
     */
    final class Serializer extends StdSerializer<PreRendered> {
        public Serializer() { super(PreRendered.class); }

        @Override public void serialize(PreRendered value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value instanceof Referable r && provider.getAttribute(CitationStyle.PROVISIONS) instanceof CitationStyle.Cited cited) {
                cited.add(r);
                gen.writeRawValue(r.referenceJson());
            } else {
                gen.writeRawValue(value.json());
            }
        }
    }
}
