package synthlex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import synthlex.facts.Field;
import synthlex.input.ServiceDescriptionParser;
import synthlex.json.Json;
import synthlex.model.BiometricKind;
import synthlex.model.Capability;
import synthlex.model.Channel;
import synthlex.model.Code;
import synthlex.model.Role;
import synthlex.model.SensitiveCategory;

/** The served schema is the one definition of a request; the Java model and facts must agree with it. */
public class SchemaTest {
    public static <E extends Enum<E> & Code> List<String> codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Code::code).toList();
    }

    private static List<String> schemaEnum(String... path) throws Exception {
        JsonNode node = Json.MAPPER.readTree(ServiceDescriptionParser.schemaText());
        for (String p : path) node = node.path(p);
        List<String> out = new ArrayList<>();
        node.path("items").path("enum").forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void enums_match_the_java_model() throws Exception {
        assertEquals(codes(Capability.class), schemaEnum("properties", "capabilities"));
        assertEquals(codes(Channel.class), schemaEnum("properties", "publicOpinion", "properties", "channels"));
        assertEquals(codes(BiometricKind.class), schemaEnum("properties", "biometricEditing"));
        assertEquals(codes(SensitiveCategory.class), schemaEnum("properties", "personalInformation", "properties", "sensitive"));
        List<String> requestRoles = new ArrayList<>(codes(Role.class));
        requestRoles.remove("user"); // a bearer only, never a role a client declares
        assertEquals(requestRoles, schemaEnum("properties", "roles"));
    }

    @Test
    void every_question_points_at_a_field_the_schema_defines() throws Exception {
        JsonNode schema = Json.MAPPER.readTree(ServiceDescriptionParser.schemaText());
        for (Field f : Field.values()) {
            JsonNode node = schema;
            for (String part : f.pointer().substring(1).split("/")) node = node.path("properties").path(part);
            assertEquals(false, node.isMissingNode(), f.pointer());
        }
    }
}
