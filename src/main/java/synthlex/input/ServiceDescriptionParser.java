package synthlex.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import synthlex.json.Json;
import synthlex.model.ServiceDescription;

/**
 * Reads a service description: JSON -> validated against the served JSON Schema (the one
 * definition of a valid body) -> {@link ServiceDescription}. Every violation is reported with the
 * JSON Pointer of the offending member itself.
 */
public final class ServiceDescriptionParser {
    public static final String SCHEMA_RESOURCE = "/schema/service-description.json";
    /** What one item of each enum array is called in messages. */
    private static final Map<String, String> ITEM_NOUNS = Map.of(
            "roles", "role", "capabilities", "capability", "channels", "channel",
            "biometricEditing", "biometric kind", "sensitive", "sensitive category");

    /** Problems listed in one answer (R2); beyond it, one more line says how many were left out. */
    public static final int MAX_ERRORS = 100;
    /** No list in a service description holds more items, and no object more members (the schema's largest are far below). */
    private static final int MAX_ITEMS = 50, MAX_MEMBERS = 64;
    /** How much of a client's value a message repeats (R2): enough to recognise it, not enough to amplify it. */
    private static final int ECHO = 60;

    private static final String SCHEMA_TEXT = readSchema();
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SCHEMA_TEXT, SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build());

    private ServiceDescriptionParser() { }

    /** The JSON Schema text, as served at GET /v1/schema/service-description. */
    public static String schemaText() { return SCHEMA_TEXT; }

    public static ServiceDescription parse(String json) {
        return parse(readTree(json));
    }

    public static JsonNode readTree(String json) {
        try {
            JsonNode node = Json.MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new InvalidInputException("Malformed JSON", List.of(new InputError("", "the body is empty")));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
    }

    /** The 400 for a body that is not JSON, or breaks a parser limit: with line and column where known. */
    public static InvalidInputException malformed(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return new InvalidInputException("Malformed JSON", List.of(new InputError("",
                    "the body exceeds a parser limit (nesting deeper than " + Json.MAX_NESTING_DEPTH
                            + " levels, a number over 100 digits, a field name over " + Json.MAX_NAME_LENGTH
                            + " characters, or a string over " + Json.MAX_STRING_LENGTH + " characters)")));
        }
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        return new InvalidInputException("Malformed JSON",
                List.of(new InputError("", "not valid JSON" + where + ": " + shorten(message, 300))));
    }

    public static ServiceDescription parse(JsonNode node) {
        List<InputError> errors = validate(node);
        if (!errors.isEmpty()) throw new InvalidInputException("Invalid service description", errors);
        try {
            return Json.MAPPER.treeToValue(node, ServiceDescription.class);
        } catch (JsonProcessingException e) {
            // the schema admits nothing Jackson rejects; this guards the contract all the same
            throw new InvalidInputException("Invalid service description", List.of(new InputError("", e.getOriginalMessage())));
        }
    }

    /** Every problem with {@code node}, in document order; empty when it is a valid service description. */
    public static List<InputError> validate(JsonNode node) {
        List<InputError> errors = new ArrayList<>();
        oversized(node, "", errors);
        if (!errors.isEmpty()) return capped(errors); // R2: a list of 250,000 items is refused as one problem, not validated item by item
        for (ValidationMessage m : SCHEMA.validate(node)) {
            errors.add(toError(m));
        }
        visibleName(node.path("name"), errors);
        List<InputError> numbers = new ArrayList<>();
        wholeNumbers(node, "", numbers);
        for (InputError n : numbers) { // one message per member: the schema's, where it already spoke
            if (errors.stream().noneMatch(e -> e.pointer().equals(n.pointer()))) errors.add(n);
        }
        for (String date : List.of("asOf", "launchDate")) {
            JsonNode value = node.path(date);
            if (value.isTextual() && value.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                try {
                    LocalDate.parse(value.asText());
                } catch (DateTimeParseException e) {
                    errors.add(new InputError("/" + date, "'" + value.asText() + "' is not a calendar date"));
                }
            }
        }
        return capped(errors.stream().distinct().sorted(Comparator.comparing(InputError::pointer)).toList());
    }

    /** At most {@link #MAX_ERRORS} problems, then one line saying how many more there were. */
    private static List<InputError> capped(List<InputError> errors) {
        if (errors.size() <= MAX_ERRORS) return errors;
        List<InputError> out = new ArrayList<>(errors.subList(0, MAX_ERRORS));
        out.add(new InputError("", "and " + (errors.size() - MAX_ERRORS) + " more problems not listed; fix these first"));
        return List.copyOf(out);
    }

    /** Lists longer, and objects larger, than any the schema allows: reported once each, before the schema sees them. */
    private static void oversized(JsonNode node, String pointer, List<InputError> errors) {
        if (node.isArray()) {
            if (node.size() > MAX_ITEMS) {
                errors.add(new InputError(pointer, "too many items: " + node.size() + " (no list here takes more than " + MAX_ITEMS + ")"));
                return;
            }
            for (int i = 0; i < node.size(); i++) oversized(node.get(i), pointer + "/" + i, errors);
        } else if (node.isObject()) {
            if (node.size() > MAX_MEMBERS) {
                errors.add(new InputError(pointer, "too many members: " + node.size() + " (no object here has more than " + MAX_MEMBERS + ")"));
                return;
            }
            node.fields().forEachRemaining(e -> oversized(e.getValue(), pointer + "/" + escape(e.getKey()), errors));
        }
    }

    /**
     * A name is shown and logged: it must have a visible character and no control characters,
     * unpaired surrogates or bidirectional overrides, which would make it print as something else (R18).
     */
    private static void visibleName(JsonNode name, List<InputError> errors) {
        if (!name.isTextual() || name.asText().isEmpty()) return; // the schema speaks to these
        String text = name.asText();
        if (text.isBlank()) {
            errors.add(new InputError("/name", "must contain a visible character, not only spaces"));
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unpaired = Character.isHighSurrogate(c) ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(++i))
                    : Character.isLowSurrogate(c);
            if (Character.isISOControl(c) || unpaired || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                errors.add(new InputError("/name", "must not contain control characters, unpaired surrogates or bidirectional overrides (U+"
                        + String.format("%04X", (int) c) + " at character " + i + ")"));
                return;
            }
        }
    }

    /**
     * Every number in a service description is a count: one beyond a long, or written with a
     * fraction or exponent (1.0, 1e-400), must not quietly become another number (attack review
     * R9, R18). Reported at the member itself, for the API, the CLI and scenarios alike.
     */
    private static void wholeNumbers(JsonNode node, String pointer, List<InputError> errors) {
        if (errors.size() >= 100) return;
        if (node.isBigInteger()) {
            errors.add(new InputError(pointer, "number out of range: at most " + Long.MAX_VALUE));
        } else if (node.isFloatingPointNumber()) {
            errors.add(new InputError(pointer, "must be a whole number, written without a fraction or exponent"));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> wholeNumbers(e.getValue(), pointer + "/" + escape(e.getKey()), errors));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) wholeNumbers(node.get(i), pointer + "/" + i, errors);
        }
    }

    private static InputError toError(ValidationMessage m) {
        String at = m.getInstanceLocation() == null ? "" : m.getInstanceLocation().toString();
        if (at.equals("$") || at.equals("/")) at = "";
        String type = m.getType();
        JsonNode value = m.getInstanceNode();
        switch (type) {
            case "required":
                return new InputError(at + "/" + escape(m.getProperty()), "'" + m.getProperty() + "' is required");
            case "additionalProperties":
                return new InputError(at + "/" + escape(m.getProperty()), "unknown field '" + shorten(m.getProperty(), ECHO) + "'");
            case "enum": {
                String allowed = m.getSchemaNode() == null ? "" : StreamSupport.stream(m.getSchemaNode().spliterator(), false)
                        .map(JsonNode::asText).collect(Collectors.joining(", "));
                return new InputError(at, "unknown " + noun(at) + " " + render(value) + "; allowed: " + allowed);
            }
            case "type":
                return new InputError(at, "must be " + expected(m) + ", not " + render(value));
            case "pattern":
                if (at.equals("/name")) return new InputError(at, "must contain a visible character, not only spaces");
                return new InputError(at, render(value) + " is not a date of the form YYYY-MM-DD");
            default:
                return new InputError(at, m.getMessage().replaceFirst("^\\S+: ", ""));
        }
    }

    private static String expected(ValidationMessage m) {
        JsonNode t = m.getSchemaNode();
        if (t == null) return "of another type";
        List<String> types = new ArrayList<>();
        if (t.isArray()) t.forEach(x -> types.add(x.asText())); else types.add(t.asText());
        types.remove("null");
        return types.stream().map(x -> switch (x) {
            case "integer" -> "a whole number";
            case "array" -> "an array";
            case "object" -> "an object";
            default -> "a " + x;
        }).collect(Collectors.joining(" or ")) + (t.toString().contains("null") ? " (or null for unknown)" : "");
    }

    private static String noun(String pointer) {
        String[] parts = pointer.split("/");
        String parent = parts.length >= 2 ? parts[parts.length - 2] : "";
        return ITEM_NOUNS.getOrDefault(parent, "value");
    }

    private static String render(JsonNode value) {
        if (value == null) return "nothing";
        if (value.isTextual()) return "'" + shorten(value.asText(), ECHO) + "'";
        return value.toString().length() > ECHO ? value.getNodeType().name().toLowerCase() : value.toString();
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "… (" + s.length() + " characters)";
    }

    private static String escape(String token) {
        return token == null ? "" : token.replace("~", "~0").replace("/", "~1");
    }

    private static String readSchema() {
        try (InputStream in = ServiceDescriptionParser.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) throw new IllegalStateException("schema resource missing: " + SCHEMA_RESOURCE);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
