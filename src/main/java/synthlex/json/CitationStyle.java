package synthlex.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How an answer writes its citations ({@code ?citations=}, {@code evaluate --citations}).
 * {@code full}, the default, writes each citation in full wherever it is cited: the answer as it has
 * always been, byte for byte. {@code ref} writes each as {@code {"ref": key, "label": …}} and every
 * provision the answer cites once, in full, under its {@code provisions} member (in the order first
 * cited), so each verbatim text and paraphrase is sent once per answer.
 *
 * <p>Only the serialisation differs: the answer is written by the same Jackson serialisers. The
 * writer of a {@code ref} answer carries a fresh {@link Cited} as the attribute {@value #PROVISIONS};
 * {@link PreRendered.Serializer} writes a {@link Referable}'s reference when it finds one and notes
 * the value there, and the answer appends the attribute as its last member (a {@code JsonAppend}
 * on the answer's type), when everything it cites has been written.
 */
public enum CitationStyle {
    FULL("full"), REF("ref");

    /** The answer's member listing what it cites, and the writer attribute that collects it. */
    public static final String PROVISIONS = "provisions";

    private final String code;

    CitationStyle(String code) { this.code = code; }

    public String code() { return code; }

    /** {@code full} or {@code ref}; null (absent) is {@code full}; anything else is null. */
    public static CitationStyle of(String value) {
        if (value == null) return FULL;
        for (CitationStyle s : values()) if (s.code.equals(value)) return s;
        return null;
    }

    /** The writer for one answer (one per answer: a {@code ref} writer collects what that answer cites). */
    public ObjectWriter writer(ObjectWriter base) {
        return this == FULL ? base : base.withAttribute(PROVISIONS, new Cited());
    }

    /** What one answer cites, by key, in the order first cited. */
    @JsonSerialize(using = Cited.Serializer.class)
    public static final class Cited {
        private final Map<String, Referable> byKey = new LinkedHashMap<>();

        void add(Referable value) {
            byKey.putIfAbsent(value.key(), value);
        }

        /** Writes {@code {key: value in full, …}}. */
        public static final class Serializer extends StdSerializer<Cited> {
            public Serializer() { super(Cited.class); }

            @Override public void serialize(Cited cited, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeStartObject();
                for (Map.Entry<String, Referable> e : cited.byKey.entrySet()) {
                    gen.writeFieldName(e.getKey());
                    gen.writeRawValue(e.getValue().json());
                }
                gen.writeEndObject();
            }
        }
    }
}
