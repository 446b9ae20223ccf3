package synthlex.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import synthlex.TestRuleBase;
import synthlex.audit.DecisionLog;
import synthlex.json.Json;
import synthlex.reload.RuleBaseHolder;

/** POST /v1/packs against a real server: the zip, its name, its files; errors and the decision record as for evaluations. */
class PackApiTest {
    static final List<String> FACE_SWAP_FILES = List.of("plan.md", "checklist.csv", "algorithm-filing-draft.md",
            "security-self-assessment-outline.md", "labelling-spec.md", "consent-texts.md");

    static HttpResponse<byte[]> post(Javalin app, String path, String body, String contentType) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) b.header("Content-Type", contentType);
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static List<String> entries(byte[] zip) throws Exception {
        List<String> out = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) out.add(e.getName());
        }
        return out;
    }

    static List<String> both(List<String> files) {
        List<String> out = new ArrayList<>();
        for (String lang : List.of("en", "zh")) for (String f : files) out.add(lang + "/" + f);
        return out;
    }

    @Test
    void a_pack_is_a_zip_named_after_the_service_with_the_files_of_its_obligations() throws Exception {
        Javalin app = ApiServer.create(TestRuleBase::get).start("127.0.0.1", 0);
        try {
            HttpResponse<byte[]> r = post(app, "/v1/packs", Files.readString(Path.of("facts/face-swap-app.json")), "application/json");
            assertEquals(200, r.statusCode());
            assertEquals("application/zip", r.headers().firstValue("Content-Type").orElse(""));
            assertEquals("attachment; filename=\"facefun-compliance-pack.zip\"", r.headers().firstValue("Content-Disposition").orElse(""));
            assertEquals(both(FACE_SWAP_FILES), entries(r.body()));

            HttpResponse<byte[]> bare = post(app, "/v1/packs?lang=zh", "{\"name\":\"小助手\",\"roles\":[\"service-provider\"],\"capabilities\":[]}", null);
            assertEquals(200, bare.statusCode());
            assertEquals("attachment; filename=\"service-compliance-pack.zip\"", bare.headers().firstValue("Content-Disposition").orElse(""));
            assertEquals(both(List.of("plan.md", "checklist.csv")), entries(bare.body()));

            JsonNode openApi = Json.MAPPER.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + app.port() + "/openapi.json")).build(), HttpResponse.BodyHandlers.ofString()).body());
            JsonNode op = openApi.path("paths").path("/v1/packs").path("post");
            assertEquals("#/components/schemas/ServiceDescription", op.path("requestBody").path("content").path("application/json").path("schema").path("$ref").asText());
            assertEquals("application/zip", op.path("responses").path("200").path("content").path("application/zip").path("schema").path("contentMediaType").asText());
        } finally {
            app.stop();
        }
    }

    @Test
    void a_bad_body_gets_the_same_problems_as_an_evaluation() throws Exception {
        Javalin app = ApiServer.create(TestRuleBase::get).start("127.0.0.1", 0);
        try {
            String bad = "{\"name\":\"x\",\"roles\":[\"service-provider\"],\"capabilities\":[\"faceswap\"],\"colour\":1}";
            HttpResponse<byte[]> pack = post(app, "/v1/packs", bad, "application/json");
            HttpResponse<byte[]> evaluation = post(app, "/v1/evaluations", bad, "application/json");
            assertEquals(400, pack.statusCode());
            assertEquals("application/problem+json", pack.headers().firstValue("Content-Type").orElse(""));
            JsonNode problem = Json.MAPPER.readTree(pack.body());
            assertEquals(Json.MAPPER.readTree(evaluation.body()).path("errors"), problem.path("errors"));
            List<String> pointers = new ArrayList<>();
            problem.path("errors").forEach(e -> pointers.add(e.path("pointer").asText()));
            assertEquals(List.of("/capabilities/0", "/colour"), pointers.stream().sorted().toList());

            assertEquals(400, post(app, "/v1/packs", "{not json", "application/json").statusCode());
            assertEquals(415, post(app, "/v1/packs", "{}", "text/plain").statusCode());
            HttpResponse<String> get = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + app.port() + "/v1/packs")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(405, get.statusCode());
        } finally {
            app.stop();
        }
    }

    @Test
    void each_pack_is_recorded_in_the_decision_log_before_it_is_sent(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("d.jsonl");
        try (DecisionLog log = new DecisionLog(file, 1 << 20, 2)) {
            RuleBaseHolder holder = new RuleBaseHolder(TestRuleBase.get(), Path.of("rules"), Path.of("tests-scenarios"));
            Javalin app = ApiServer.create(ServerOptions.of(holder, null, log, false, ServerOptions.DEFAULT_MAX_BODY_BYTES)).start("127.0.0.1", 0);
            try {
                HttpResponse<byte[]> r = post(app, "/v1/packs", "{\"name\":\"x\",\"asOf\":\"2024-01-01\",\"roles\":[\"app-store\"]}", "application/json");
                assertEquals(200, r.statusCode());
                List<String> lines = Files.readAllLines(file);
                assertEquals(1, lines.size());
                JsonNode rec = Json.MAPPER.readTree(lines.get(0));
                assertEquals(TestRuleBase.get().version(), rec.path("ruleBase").asText());
                assertEquals("2024-01-01", rec.path("asOf").asText());
                assertEquals("x", rec.path("input").path("name").asText());
                assertEquals("dsp.app-store.verify-assessment-and-filing", rec.path("obligations").get(0).path("id").asText());
                assertTrue(r.headers().firstValue("X-Request-Id").orElse("").equals(rec.path("requestId").asText()));
            } finally {
                app.stop();
            }
        }
    }
}
