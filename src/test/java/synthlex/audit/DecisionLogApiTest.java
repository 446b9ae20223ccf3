package synthlex.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import synthlex.TestRuleBase;
import synthlex.api.ApiServer;
import synthlex.api.ServerOptions;
import synthlex.json.Json;
import synthlex.reload.RuleBaseHolder;

class DecisionLogApiTest {
    static final String BODY = "{\"name\":\"x\",\"asOf\":\"2024-01-01\",\"roles\":[\"app-store\"]}";

    static HttpResponse<String> post(Javalin app, String requestId) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/v1/evaluations"))
                .header("X-Request-Id", requestId).POST(HttpRequest.BodyPublishers.ofString(BODY)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static Javalin server(DecisionLog log, boolean redact) {
        RuleBaseHolder holder = new RuleBaseHolder(TestRuleBase.get(), Path.of("rules"), Path.of("tests-scenarios"));
        return ApiServer.create(ServerOptions.of(holder, null, log, redact, ServerOptions.DEFAULT_MAX_BODY_BYTES)).start("127.0.0.1", 0);
    }

    @Test
    void each_answer_is_recorded_with_request_id_version_input_and_decisions(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("d.jsonl");
        try (DecisionLog log = new DecisionLog(file, 1 << 20, 2)) {
            Javalin app = server(log, false);
            try {
                HttpResponse<String> r = post(app, "req-42");
                assertEquals(200, r.statusCode());
                assertEquals("req-42", r.headers().firstValue("X-Request-Id").orElse(""));
                List<String> lines = Files.readAllLines(file); // written before the answer was sent
                assertEquals(1, lines.size());
                JsonNode rec = Json.MAPPER.readTree(lines.get(0));
                assertEquals("req-42", rec.path("requestId").asText());
                assertEquals(TestRuleBase.get().version(), rec.path("ruleBase").asText());
                assertEquals("2024-01-01", rec.path("asOf").asText());
                assertEquals(64, rec.path("inputHmacSha256").asText().length());
                assertEquals("x", rec.path("input").path("name").asText());
                assertEquals("dsp.app-store.verify-assessment-and-filing", rec.path("obligations").get(0).path("id").asText());
                assertEquals("applies", rec.path("obligations").get(0).path("status").asText());
            } finally {
                app.stop();
            }
        }
    }

    @Test
    void redact_keeps_the_hash_and_drops_the_input(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("d.jsonl");
        try (DecisionLog log = new DecisionLog(file, 1 << 20, 2)) {
            Javalin app = server(log, true);
            try {
                assertEquals(200, post(app, "r1").statusCode());
            } finally {
                app.stop();
            }
        }
        JsonNode rec = Json.MAPPER.readTree(Files.readAllLines(file).get(0));
        assertTrue(rec.path("input").isMissingNode());
        assertFalse(rec.path("inputHmacSha256").asText().isEmpty());
    }

    @Test
    void an_answer_that_cannot_be_recorded_is_not_given(@TempDir Path tmp) throws Exception {
        Path full = Path.of("/dev/full");
        if (!Files.isWritable(full)) return; // only Linux offers a full disk to write to
        DecisionLog log = new DecisionLog(full, Long.MAX_VALUE, 1);
        Javalin app = server(log, false);
        try {
            HttpResponse<String> r = post(app, "r2");
            assertEquals(503, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(r.body().contains("Decision log unavailable"), r.body());
            assertFalse(r.body().contains("obligations"), r.body());
        } finally {
            app.stop();
        }
    }
}
