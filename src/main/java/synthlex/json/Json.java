package synthlex.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import synthlex.model.Code;

/** The one JSON configuration: ISO dates, strict about unknown fields on the way in. */
public final class Json {
    /**
     * Parser limits, far beyond any valid request (3 levels deep, strings of at most a few hundred
     * characters), bounding the work hostile input can cause. Set with -Dsynthlex.maxNestingDepth
     * and -Dsynthlex.maxStringLength.
     */
    public static final int MAX_NESTING_DEPTH = Integer.getInteger("synthlex.maxNestingDepth", 32);
    public static final int MAX_STRING_LENGTH = Integer.getInteger("synthlex.maxStringLength", 1_000_000);
    /** No field name in a request is longer than 30 characters; an unknown one is echoed in the error (R2). */
    public static final int MAX_NAME_LENGTH = 1_000;

    public static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING_DEPTH).maxNumberLength(100).maxStringLength(MAX_STRING_LENGTH)
                            .maxNameLength(MAX_NAME_LENGTH).build())
                    .build())
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("codes").addSerializer(Code.class, new CodeSerializer()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Json() { }

    /** An API enum as its kebab-case code, encoded once per constant (several per obligation in every answer). */
    private static final class CodeSerializer extends StdSerializer<Code> {
        private static final ClassValue<SerializedString[]> ENCODED = new ClassValue<>() {
            @Override protected SerializedString[] computeValue(Class<?> type) {
                Object[] constants = type.getEnumConstants();
                SerializedString[] out = new SerializedString[constants.length];
                for (int i = 0; i < constants.length; i++) {
                    out[i] = new SerializedString(((Code) constants[i]).code());
                    out[i].asQuotedUTF8();
                }
                return out;
            }
        };

        CodeSerializer() { super(Code.class); }

        @Override public void serialize(Code value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value instanceof Enum<?> e) gen.writeString(ENCODED.get(e.getDeclaringClass())[e.ordinal()]);
            else gen.writeString(value.code());
        }
    }

    /** Compact JSON, for HTTP answers (an answer with verbatim citations is large enough already). */
    public static String compact(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /** Compact JSON as UTF-8 bytes: what goes on the wire, without a String in between. */
    public static byte[] compactBytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /** An answer, compact, straight to {@code out}, with its citations written as {@code citations} says. */
    public static void write(OutputStream out, Object answer, CitationStyle citations) throws IOException {
        if (citations == CitationStyle.FULL) MAPPER.writeValue(out, answer);
        else citations.writer(MAPPER.writer()).writeValue(out, answer);
    }

    /** An answer (a batch's item), compact, into a generator already writing, with its citations written as {@code citations} says. */
    public static void write(JsonGenerator out, Object answer, CitationStyle citations) throws IOException {
        if (citations == CitationStyle.FULL) MAPPER.writeValue(out, answer);
        else citations.writer(MAPPER.writer()).writeValue(out, answer);
    }

    /** An answer, indented, with its citations written as {@code citations} says (the CLI's {@code --citations}). */
    public static String pretty(Object answer, CitationStyle citations) {
        if (citations == CitationStyle.FULL) return pretty(answer);
        try {
            return citations.writer(MAPPER.writerWithDefaultPrettyPrinter()).writeValueAsString(answer);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + answer.getClass().getSimpleName(), e);
        }
    }

    public static String pretty(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
