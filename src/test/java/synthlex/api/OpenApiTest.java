package synthlex.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import synthlex.TestRuleBase;
import synthlex.json.Json;

class OpenApiTest {
    @Test
    void every_documented_route_exists_and_the_request_schema_is_the_served_one() throws Exception {
        Javalin app = ApiServer.create(TestRuleBase::get).start("127.0.0.1", 0);
        HttpClient http = HttpClient.newHttpClient();
        try {
            String base = "http://127.0.0.1:" + app.port();
            JsonNode doc = Json.MAPPER.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/openapi.json")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertEquals("3.1.0", doc.path("openapi").asText());
            JsonNode schema = Json.MAPPER.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/v1/schema/service-description")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertEquals(schema.path("properties"), doc.path("components").path("schemas").path("ServiceDescription").path("properties"));
            // ?citations=ref: the parameter, the answer's provisions and the shape of a citation by reference
            for (String answering : java.util.List.of("/v1/evaluations", "/v1/evaluations/batch", "/v1/services/{id}/answer")) {
                JsonNode op = doc.path("paths").path(answering).elements().next();
                JsonNode citations = null;
                for (JsonNode p : op.path("parameters")) if (p.path("name").asText().equals("citations")) citations = p;
                assertEquals(Json.MAPPER.readTree("{\"type\":\"string\",\"enum\":[\"full\",\"ref\"],\"default\":\"full\"}"),
                        citations == null ? null : citations.path("schema"), answering);
                assertEquals("query", citations.path("in").asText());
            }
            JsonNode schemas = doc.path("components").path("schemas");
            assertEquals("#/components/schemas/Citation", schemas.path("Evaluation").path("properties").path("provisions").path("additionalProperties").path("$ref").asText());
            assertEquals("[\"ref\",\"label\"]", schemas.path("CitationRef").path("required").toString());
            assertEquals("[{\"$ref\":\"#/components/schemas/Citation\"},{\"$ref\":\"#/components/schemas/CitationRef\"}]",
                    schemas.path("Obligation").path("properties").path("citations").path("items").path("oneOf").toString());
            assertEquals("#/components/schemas/Batch", doc.path("paths").path("/v1/evaluations/batch").path("post").path("responses").path("200")
                    .path("content").path("application/json").path("schema").path("$ref").asText());
            for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("paths").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                String concrete = path.getKey().replace("{id}", "pipl").replace("{page}", "index.html").replace("{version}", "1").replace("{obligationId}", "pipl.x");
                for (Iterator<String> m = path.getValue().fieldNames(); m.hasNext(); ) {
                    String method = m.next().toUpperCase();
                    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + concrete));
                    b.method(method, method.equals("POST") ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
                    int status = http.send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
                    boolean register = concrete.startsWith("/v1/services") || concrete.equals("/v1/changes")
                            || concrete.equals("/v1/upcoming") || concrete.equals("/v1/register");
                    if (register) { // this server keeps no register: each route answers that it is off (RegisterApiTest covers them)
                        assertEquals(404, status, method + " " + concrete);
                    } else if (!concrete.equals("/v1/rulebase/reload")) { // off without a token, by design
                        assertNotEquals(404, status, method + " " + concrete);
                        assertNotEquals(405, status, method + " " + concrete);
                    }
                }
            }
        } finally {
            app.stop();
        }
    }
}
