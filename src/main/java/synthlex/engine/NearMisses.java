package synthlex.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import synthlex.engine.Evaluation.Change;
import synthlex.engine.Evaluation.NearMiss;
import synthlex.engine.Evaluation.ObligationResult;
import synthlex.engine.Options.Lang;
import synthlex.facts.Field;
import synthlex.facts.Status;
import synthlex.json.Json;
import synthlex.law.Citation;
import synthlex.model.SensitiveCategory;
import synthlex.model.ServiceDescription;

/**
 * Why not: obligations that would apply if one known fact of the service were different. Each
 * variation flips one known "no" to "yes" (a false flag, an empty channel or biometric list, an
 * absent sensitive category, a smaller user count); unknown facts are not varied, since the
 * questions already cover them, and roles and capabilities are not, since changing them describes
 * another service rather than this one.
 */
final class NearMisses {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<Field> LISTS = EnumSet.of(Field.PUBLIC_OPINION_CHANNELS, Field.BIOMETRIC_EDITING, Field.INDIVIDUALS);
    private static final long[] USER_COUNTS = {1_000_000L, 10_000_000L, 100_000_000L};

    private NearMisses() { }

    private record Variation(String pointer, JsonNode value, String words) { }

    static List<NearMiss> find(Evaluator evaluator, ServiceDescription service, Evaluation base, Lang lang) {
        ObjectNode original = Json.MAPPER.valueToTree(service);
        Set<String> applying = base.obligations().stream()
                .filter(o -> o.status() == Status.APPLIES).map(ObligationResult::id).collect(Collectors.toSet());
        List<NearMiss> out = new ArrayList<>();
        for (Variation v : variations(original)) {
            ObjectNode changed = original.deepCopy();
            set(changed, v.pointer(), v.value());
            Evaluation e = evaluator.answer(read(changed), new Options(false, lang));
            for (ObligationResult o : e.obligations()) {
                if (o.status() != Status.APPLIES || applying.contains(o.id())) continue;
                List<String> refs = o.citations().stream().map(Citation::ref).toList();
                out.add(new NearMiss(o.id(), o.kind(), o.bearer(), o.title(), refs, new Change(v.pointer(), v.value()),
                        "If " + v.words() + ", \"" + o.title() + "\" (" + String.join("; ", refs) + ") would apply."));
            }
        }
        return out;
    }

    private static List<Variation> variations(ObjectNode s) {
        List<Variation> out = new ArrayList<>();
        for (Field f : Field.values()) {
            if (LISTS.contains(f)) continue;
            JsonNode v = s.at(f.pointer());
            if (v.isBoolean() && !v.asBoolean()) out.add(new Variation(f.pointer(), NODES.booleanNode(true), f.path() + " were true"));
        }
        JsonNode channels = s.at(Field.PUBLIC_OPINION_CHANNELS.pointer());
        if (channels.isArray() && channels.isEmpty()) {
            out.add(new Variation(Field.PUBLIC_OPINION_CHANNELS.pointer(), NODES.arrayNode().add("forum"),
                    "publicOpinion.channels included any channel (e.g. forum)"));
        }
        JsonNode biometric = s.at(Field.BIOMETRIC_EDITING.pointer());
        if (biometric.isArray() && biometric.isEmpty()) {
            out.add(new Variation(Field.BIOMETRIC_EDITING.pointer(), NODES.arrayNode().add("face"),
                    "biometricEditing included face"));
        }
        JsonNode pi = s.path("personalInformation");
        if (pi.isObject()) {
            JsonNode sensitive = pi.path("sensitive");
            for (SensitiveCategory c : SensitiveCategory.values()) {
                String category = c.code();
                boolean has = false;
                for (JsonNode n : sensitive) has |= n.asText().equals(category);
                if (has) continue;
                ArrayNode more = sensitive.isArray() ? ((ArrayNode) sensitive).deepCopy() : NODES.arrayNode();
                out.add(new Variation("/personalInformation/sensitive", more.add(category),
                        "personalInformation.sensitive included " + category));
            }
            JsonNode count = pi.path("individuals");
            if (count.isNumber()) {
                for (long n : USER_COUNTS) {
                    if (count.asLong() < n) {
                        out.add(new Variation(Field.INDIVIDUALS.pointer(), LongNode.valueOf(n), "personalInformation.individuals reached " + n));
                    }
                }
            }
        }
        return out;
    }

    private static void set(ObjectNode root, String pointer, JsonNode value) {
        JsonPointer p = JsonPointer.compile(pointer);
        ((ObjectNode) root.at(p.head())).set(p.last().getMatchingProperty(), value);
    }

    private static ServiceDescription read(ObjectNode node) {
        try {
            return Json.MAPPER.treeToValue(node, ServiceDescription.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a variation of a valid service is invalid: " + e.getOriginalMessage(), e);
        }
    }
}
