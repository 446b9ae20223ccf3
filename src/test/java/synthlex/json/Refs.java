package synthlex.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** Reading answers written with {@code citations=ref} in tests: resolving refs, listing what is cited. */
public final class Refs {
    private Refs() { }

    /** The ref answer with every {"ref": k, "label": …} replaced by provisions[k] and provisions removed. */
    public static JsonNode resolved(JsonNode refAnswer) {
        ObjectNode copy = refAnswer.deepCopy();
        JsonNode provisions = copy.remove("provisions");
        assertTrue(provisions != null && provisions.isObject(), "a ref answer has provisions");
        return resolve(copy, provisions);
    }

    private static JsonNode resolve(JsonNode node, JsonNode provisions) {
        if (isRef(node)) {
            JsonNode full = provisions.get(node.get("ref").asText());
            assertTrue(full != null, "ref " + node + " resolves");
            assertEquals(full.path("label"), node.get("label"), "a ref's label is its provision's");
            return full;
        }
        if (node instanceof ObjectNode o) o.properties().forEach(e -> e.setValue(resolve(e.getValue(), provisions)));
        if (node instanceof ArrayNode a) for (int i = 0; i < a.size(); i++) a.set(i, resolve(a.get(i), provisions));
        return node;
    }

    /** Exactly {"ref": …, "label": …}, in that order. */
    private static boolean isRef(JsonNode node) {
        if (!node.isObject() || !node.has("ref")) return false;
        assertEquals(List.of("ref", "label"), names(node), node.toString());
        return true;
    }

    /** The answer without its provisions. */
    public static JsonNode withoutProvisions(JsonNode answer) {
        ObjectNode copy = answer.deepCopy();
        copy.remove("provisions");
        return copy;
    }

    /** Every ref in {@code node}, in document order (give it an answer without provisions). */
    public static List<String> refs(JsonNode node) {
        List<String> out = new ArrayList<>();
        collect(node, n -> n.isObject() && n.has("ref"), n -> out.add(n.get("ref").asText()));
        return out;
    }

    /** Every ref object in {@code node}, compact, in document order. */
    public static List<String> refObjects(JsonNode node) {
        List<String> out = new ArrayList<>();
        collect(node, n -> n.isObject() && n.has("ref"), n -> out.add(Json.compact(n)));
        return out;
    }

    /** Every citation written in full (an object with an instrument and a pinpoint), in document order. */
    public static List<JsonNode> fullCitations(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        collect(node, n -> n.isObject() && n.has("instrument") && n.has("pinpoint"), out::add);
        return out;
    }

    private static void collect(JsonNode node, java.util.function.Predicate<JsonNode> match, java.util.function.Consumer<JsonNode> sink) {
        if (match.test(node)) sink.accept(node);
        else node.forEach(child -> collect(child, match, sink));
    }

    /** An object's member names, in order. */
    public static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
