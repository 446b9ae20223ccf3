package synthlex.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import synthlex.MiniRules;
import synthlex.rules.RuleBaseException;
import synthlex.rules.RuleBaseLoader;

/** Faults a deployment meets: broken rule directories and sources, and SIGTERM under load. */
class FaultsTest {
    @Test
    void rules_path_that_is_a_file_is_a_clear_error(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("rules"), "not a directory");
        RuleBaseException e = assertThrows(RuleBaseException.class, () -> RuleBaseLoader.load(file));
        assertEquals(List.of("rules: rules directory not found at " + file), e.problems());
    }

    @Test
    void a_corrupt_source_file_names_the_file_and_the_problem(@TempDir Path tmp) throws IOException {
        Path rules = MiniRules.create(tmp);
        Files.writeString(rules.resolve("sources/test-measures.yaml"), "id: test-measures\nprovisions: [ {article: 1, text: \"unterminated\n");
        RuleBaseException e = assertThrows(RuleBaseException.class, () -> RuleBaseLoader.load(rules));
        assertTrue(e.problems().get(0).startsWith("rules/sources/test-measures.yaml: cannot read: "), e.problems().toString());
    }

    @Test
    void a_missing_full_text_is_reported(@TempDir Path tmp) throws IOException {
        Path rules = MiniRules.create(tmp);
        Files.delete(rules.resolve("sources/test-measures.zh.txt"));
        RuleBaseException e = assertThrows(RuleBaseException.class, () -> RuleBaseLoader.load(rules));
        assertTrue(e.problems().get(0).startsWith("rules/sources/test-measures.yaml: full text test-measures.zh.txt cannot be read"), e.problems().toString());
    }

    @Test
    void sigterm_lets_requests_in_flight_finish_and_exits_0() throws Exception {
        try (ServerProcess server = ServerProcess.start(List.of())) {
            int port = server.port;
            String service = Files.readString(Path.of("facts/face-swap-app.json"));
            String batch = "{\"services\":[" + String.join(",", java.util.Collections.nCopies(150, service)) + "]}";
            CompletableFuture<HttpResponse<java.io.InputStream>> inFlight = HttpClient.newHttpClient().sendAsync(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/evaluations/batch"))
                            .POST(HttpRequest.BodyPublishers.ofString(batch)).build(), HttpResponse.BodyHandlers.ofInputStream());
            HttpResponse<java.io.InputStream> r = inFlight.get(60, TimeUnit.SECONDS); // the status line: the batch is running
            server.sigterm();
            assertEquals(200, r.statusCode());
            String body = new String(r.body().readAllBytes(), StandardCharsets.UTF_8); // the whole stream, not cut off
            assertTrue(body.startsWith("{\"results\":["), body.substring(0, Math.min(200, body.length())));
            assertEquals(150, synthlex.json.Json.MAPPER.readTree(body).path("results").size());
            assertEquals(0, server.terminate(60), server.output());
        }
    }

    /**
     * A client that hangs up while its body is read, or while a large answer is streamed to it,
     * makes the read or write fail in the route: that is the client's choice, not a server error
     * to log, and the server goes on serving.
     */
    @Test
    void a_client_that_hangs_up_mid_request_or_mid_answer_is_not_an_error() throws Exception {
        try (ServerProcess server = ServerProcess.start(List.of())) {
            int port = server.port;
            String service = Files.readString(Path.of("facts/face-swap-app.json"));
            byte[] batch = ("{\"services\":[" + String.join(",", java.util.Collections.nCopies(100, service)) + "]}")
                    .getBytes(StandardCharsets.UTF_8); // an answer of ~19 MB, far more than socket buffers hold
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                socket.getOutputStream().write(("POST /v1/evaluations/batch HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: " + batch.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().write(batch);
                socket.getOutputStream().flush();
                assertTrue(socket.getInputStream().readNBytes(4096).length > 0, "no answer began");
            } // hang up mid-answer
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                socket.getOutputStream().write(("POST /v1/evaluations/batch HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nContent-Length: " + batch.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().write(batch, 0, batch.length / 2);
                socket.getOutputStream().flush();
            } // hang up mid-request
            Thread.sleep(1000);
            HttpResponse<String> after = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/evaluations"))
                            .POST(HttpRequest.BodyPublishers.ofString(service)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, after.statusCode());
            server.terminate(60);
            String log = server.output();
            assertEquals(List.of(), log.lines().filter(l -> l.contains("ERROR") || l.contains("Exception")).toList(), log);
        }
    }
}
