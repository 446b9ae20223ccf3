package synthlex.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import synthlex.json.Json;

/** Issue 14 item 6 (attack review R5, R6, R10), against a real server. */
class DecisionLogLosesNothingTest {
    static final String TIMELINE = "{\"from\":\"2023-01-01\",\"to\":\"2025-06-30\",\"name\":\"x\",\"roles\":[\"app-store\"]}";
    static final byte[] KEY = "test-key-not-secret".getBytes(StandardCharsets.UTF_8);

    @TempDir Path tmp;

    static HttpResponse<String> post(Javalin app, String path, String id, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("X-Request-Id", id).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static List<JsonNode> records(Path file) throws Exception {
        List<JsonNode> out = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(file)) out.add(Json.MAPPER.readTree(line));
        return out;
    }

    @Test
    void a_deleted_log_file_is_recreated_and_the_next_record_lands_in_it() throws Exception {
        Path file = tmp.resolve("d.jsonl");
        try (DecisionLog log = new DecisionLog(file, 1 << 20, 2, KEY)) {
            Javalin app = DecisionLogApiTest.server(log, false);
            try {
                assertEquals(200, post(app, "/v1/evaluations", "before", DecisionLogApiTest.BODY).statusCode());
                Files.delete(file); // an operator's rm
                assertEquals(200, post(app, "/v1/evaluations", "after", DecisionLogApiTest.BODY).statusCode());
                assertTrue(Files.exists(file), "the log was not recreated");
                assertEquals(List.of("after"), records(file).stream().map(r -> r.path("requestId").asText()).toList());
            } finally {
                app.stop();
            }
        }
    }

    @Test
    void a_log_moved_away_from_outside_is_reopened_and_the_moved_file_keeps_its_records() throws Exception {
        Path file = tmp.resolve("d.jsonl");
        Path moved = tmp.resolve("d.jsonl-20261201");
        try (DecisionLog log = new DecisionLog(file, 1 << 20, 2, KEY)) {
            Javalin app = DecisionLogApiTest.server(log, false);
            try {
                assertEquals(200, post(app, "/v1/evaluations", "one", DecisionLogApiTest.BODY).statusCode());
                Files.move(file, moved); // an outside logrotate without copytruncate
                assertEquals(200, post(app, "/v1/evaluations", "two", DecisionLogApiTest.BODY).statusCode());
                assertEquals(List.of("one"), records(moved).stream().map(r -> r.path("requestId").asText()).toList());
                assertEquals(List.of("two"), records(file).stream().map(r -> r.path("requestId").asText()).toList());
            } finally {
                app.stop();
            }
        }
    }

    @Test
    void while_the_log_cannot_be_reopened_answers_are_refused_with_503_then_resume() throws Exception {
        Path file = tmp.resolve("d.jsonl");
        try (DecisionLog log = new DecisionLog(file, 1 << 20, 2, KEY)) {
            Javalin app = DecisionLogApiTest.server(log, false);
            try {
                Files.delete(file);
                Files.createDirectory(file); // FILE cannot be opened for writing, even as root
                HttpResponse<String> refused = post(app, "/v1/evaluations", "refused", DecisionLogApiTest.BODY);
                assertEquals(503, refused.statusCode());
                assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
                assertTrue(refused.body().contains("decision-log-unavailable"), refused.body());
                Files.delete(file);
                assertEquals(200, post(app, "/v1/evaluations", "resumed", DecisionLogApiTest.BODY).statusCode());
                assertEquals(List.of("resumed"), records(file).stream().map(r -> r.path("requestId").asText()).toList());
            } finally {
                app.stop();
            }
        }
    }

    @Test
    void a_timeline_is_recorded_once_with_its_periods_and_refused_if_it_cannot_be() throws Exception {
        Path file = tmp.resolve("d.jsonl");
        try (DecisionLog log = new DecisionLog(file, 1 << 20, 2, KEY)) {
            Javalin app = DecisionLogApiTest.server(log, false);
            try {
                HttpResponse<String> r = post(app, "/v1/timelines", "tl-1", TIMELINE);
                assertEquals(200, r.statusCode(), r.body());
                List<JsonNode> recs = records(file);
                assertEquals(1, recs.size());
                JsonNode rec = recs.get(0);
                assertEquals("timeline", rec.path("kind").asText());
                assertEquals("tl-1", rec.path("requestId").asText());
                assertEquals("2023-01-01", rec.path("from").asText());
                assertEquals("2025-06-30", rec.path("to").asText());
                assertEquals("x", rec.path("input").path("name").asText());
                JsonNode answer = Json.MAPPER.readTree(r.body());
                assertEquals(answer.path("periods").size(), rec.path("periods").size());
                assertEquals(answer.path("periods").get(0).path("obligations").get(0).path("id").asText(),
                        rec.path("periods").get(0).path("obligations").get(0).path("id").asText());
            } finally {
                app.stop();
            }
        }
        Path full = Path.of("/dev/full");
        if (!Files.isWritable(full)) return;
        DecisionLog log = new DecisionLog(full, Long.MAX_VALUE, 1, KEY);
        Javalin app = DecisionLogApiTest.server(log, false);
        try {
            HttpResponse<String> r = post(app, "/v1/timelines", "tl-2", TIMELINE);
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().contains("decision-log-unavailable"), r.body());
        } finally {
            app.stop();
        }
    }

    @Test
    void a_batch_writes_one_record_per_answered_item_with_its_index() throws Exception {
        Path file = tmp.resolve("d.jsonl");
        String batch = "{\"services\":[" + DecisionLogApiTest.BODY + ",{\"colour\":1}," + DecisionLogApiTest.BODY + "]}";
        try (DecisionLog log = new DecisionLog(file, 1 << 20, 2, KEY)) {
            Javalin app = DecisionLogApiTest.server(log, false);
            try {
                assertEquals(200, post(app, "/v1/evaluations/batch", "b-1", batch).statusCode());
            } finally {
                app.stop();
            }
        }
        List<JsonNode> recs = records(file);
        assertEquals(List.of(0, 2), recs.stream().map(r -> r.path("item").asInt()).toList()); // item 1 was invalid: no answer, no record
        assertTrue(recs.stream().allMatch(r -> r.path("requestId").asText().equals("b-1")));
    }

    @Test
    void the_redacted_hash_is_keyed_so_a_guessed_description_cannot_be_confirmed() throws Exception {
        Path file = tmp.resolve("d.jsonl");
        try (DecisionLog log = new DecisionLog(file, 1 << 20, 2, KEY)) {
            Javalin app = DecisionLogApiTest.server(log, true);
            try {
                assertEquals(200, post(app, "/v1/evaluations", "r", DecisionLogApiTest.BODY).statusCode());
            } finally {
                app.stop();
            }
        }
        JsonNode rec = records(file).get(0);
        assertTrue(rec.path("input").isMissingNode());
        assertTrue(rec.path("inputSha256").isMissingNode(), "the unkeyed hash is still written");
        String logged = rec.path("inputHmacSha256").asText();
        String guess = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(DecisionLogApiTest.BODY.getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(guess, logged); // sha256sum of the guessed body no longer matches
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        assertEquals(HexFormat.of().formatHex(mac.doFinal(DecisionLogApiTest.BODY.getBytes(StandardCharsets.UTF_8))), logged);
        // without a configured key, each process draws its own
        try (DecisionLog a = new DecisionLog(tmp.resolve("a.jsonl"), 1 << 20, 1); DecisionLog b = new DecisionLog(tmp.resolve("b.jsonl"), 1 << 20, 1)) {
            if (System.getenv(DecisionLog.KEY_VARIABLE) == null) assertNotEquals(a.inputHash("x"), b.inputHash("x"));
        }
    }
}
