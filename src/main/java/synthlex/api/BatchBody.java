package synthlex.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import synthlex.input.InputError;
import synthlex.input.InvalidInputException;
import synthlex.input.ServiceDescriptionParser;
import synthlex.json.Json;

/**
 * A batch body ({@code {"services": [...]}}) read one service at a time (attack review R4): the
 * whole body is checked first, with a streaming parser that builds nothing, so a malformed or
 * oversized batch is refused before any answer is sent; then each service is parsed only when its
 * turn comes, so a batch holds its body's bytes and one service's tree, not a tree of all of them.
 */
final class BatchBody {
    interface Item {
        void accept(int index, JsonNode service) throws IOException;
    }

    /** Reads one service where the parser stands; the rest of the batch follows it, so it is not "trailing". */
    private static final com.fasterxml.jackson.databind.ObjectReader ONE_VALUE = Json.MAPPER.reader()
            .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final byte[] body;
    final int size;

    private BatchBody(byte[] body, int size) {
        this.body = body;
        this.size = size;
    }

    /** Checks the shape of the whole batch: an object whose only member is {@code services}, an array of at most {@code max}. */
    static BatchBody check(byte[] body, int max) {
        try (JsonParser p = Json.MAPPER.getFactory().createParser(body)) {
            JsonToken first = p.nextToken();
            if (first == null) throw invalid("", "the body is empty", "Malformed JSON");
            if (first != JsonToken.START_OBJECT) {
                p.skipChildren();
                requireEnd(p);
                throw invalid("", "must be an object with a 'services' array", "Invalid batch");
            }
            List<InputError> errors = new ArrayList<>();
            int size = -1;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (!name.equals("services")) {
                    if (errors.size() < ServiceDescriptionParser.MAX_ERRORS) errors.add(new InputError("/" + escape(name), "unknown field '" + shorten(name) + "'"));
                    p.skipChildren();
                } else if (value != JsonToken.START_ARRAY) {
                    errors.add(new InputError("/services", "'services' is required: an array of service descriptions"));
                    p.skipChildren();
                } else {
                    size = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        size++;
                        p.skipChildren();
                    }
                }
            }
            requireEnd(p);
            if (size < 0 && errors.stream().noneMatch(e -> e.pointer().equals("/services"))) {
                errors.add(0, new InputError("/services", "'services' is required: an array of service descriptions"));
            } else if (size > max) {
                errors.add(0, new InputError("/services", "at most " + max + " services, not " + size));
            }
            if (!errors.isEmpty()) throw new InvalidInputException("Invalid batch", errors);
            return new BatchBody(body, size);
        } catch (JsonProcessingException e) {
            throw ServiceDescriptionParser.malformed(e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Hands each service to {@code item} in order, parsing it only then. */
    void forEach(Item item) throws IOException {
        try (JsonParser p = Json.MAPPER.getFactory().createParser(body)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                p.nextToken();
                if (!p.currentName().equals("services")) { p.skipChildren(); continue; }
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) item.accept(i++, ONE_VALUE.readTree(p));
            }
        }
    }

    private static void requireEnd(JsonParser p) throws IOException {
        if (p.nextToken() != null) throw invalid("", "not valid JSON: trailing content after the batch", "Malformed JSON");
    }

    private static InvalidInputException invalid(String pointer, String message, String title) {
        return new InvalidInputException(title, List.of(new InputError(pointer, message)));
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
