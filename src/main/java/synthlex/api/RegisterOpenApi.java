package synthlex.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the OpenAPI document says of the register's routes beyond their summaries: bodies, conditional headers, statuses. */
final class RegisterOpenApi {
    private RegisterOpenApi() { }

    @SuppressWarnings("unchecked")
    static void decorate(Map<String, Object> paths, Map<String, Object> schemas) {
        schemas.put("TrackingState", Map.of("type", "object", "additionalProperties", false, "required", List.of("state"), "properties", Map.of(
                "state", Map.of("enum", List.of("todo", "in-progress", "done", "not-applicable")),
                "reason", Map.of("type", "string", "maxLength", 2000, "description", "required when state is not-applicable"),
                "note", Map.of("type", "string", "maxLength", 4000),
                "evidence", Map.of("type", "string", "format", "uri", "maxLength", 2000, "description", "an http or https URL"))));
        Map<String, Object> problem = Map.of("application/problem+json", Map.of("schema", Map.of("$ref", "#/components/schemas/Problem")));
        Map<String, Object> ifMatch = Map.of("name", "If-Match", "in", "header", "schema", Map.of("type", "string"),
                "description", "The ETag last read; required to replace or delete a stored service");
        for (String path : List.of("/v1/services/{id}", "/v1/services/{id}/obligations/{obligationId}")) {
            Map<String, Object> item = (Map<String, Object>) paths.get(path);
            for (String method : List.of("put", "delete")) {
                Map<String, Object> op = (Map<String, Object>) item.get(method);
                if (op == null) continue;
                op.put("parameters", method.equals("put") && path.equals("/v1/services/{id}")
                        ? List.of(ifMatch, Map.of("name", "If-None-Match", "in", "header", "schema", Map.of("const", "*"),
                                "description", "create only: 412 if the service exists"))
                        : List.of(ifMatch));
                Map<String, Object> responses = new LinkedHashMap<>((Map<String, Object>) op.get("responses"));
                responses.put("401", Map.of("description", "SYNTHLEX_API_TOKEN is set and the bearer token is missing or wrong", "content", problem));
                responses.put("403", Map.of("description", "No token is set and the server is not bound to loopback: the register is read-only", "content", problem));
                responses.put("412", Map.of("description", "If-Match does not match the current ETag", "content", problem));
                if (path.equals("/v1/services/{id}")) {
                    responses.put("428", Map.of("description", "If-Match is required to change a stored service", "content", problem));
                }
                op.put("responses", responses);
            }
        }
        Map<String, Object> track = (Map<String, Object>) ((Map<String, Object>) paths.get("/v1/services/{id}/obligations/{obligationId}")).get("put");
        track.put("requestBody", Map.of("required", true, "content", Map.of("application/json",
                Map.of("schema", Map.of("$ref", "#/components/schemas/TrackingState")))));
    }
}
