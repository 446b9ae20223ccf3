package synthlex.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import synthlex.json.Json;

/**
 * Attack review R17 (issue 14 item 7): SIGTERM while far more work is in flight than a stop should
 * wait for. Every request is answered or refused cleanly, none cut off: single evaluations get
 * 200 or 503 problem+json; a batch, whose status line went out with its first answer, finishes its
 * stream with a 503 problem in place of each service it did not start. The process says "stopped"
 * and exits 0, long before Jetty's own 30 s stop timeout.
 */
class ShutdownUnderLoadTest {
    @Test
    void sigterm_under_load_answers_or_refuses_every_request_and_exits_0() throws Exception {
        ExecutorService readers = Executors.newFixedThreadPool(12);
        try (ServerProcess server = ServerProcess.start(List.of("-Dsynthlex.stopDrainMillis=2000"))) {
            String service = Files.readString(Path.of("facts/face-swap-app.json"));
            String batch = "{\"services\":[" + String.join(",", Collections.nCopies(1000, service)) + "]}";
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            List<CompletableFuture<HttpResponse<String>>> singles = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                singles.add(client.sendAsync(HttpRequest.newBuilder(URI.create(server.base() + "/v1/evaluations"))
                        .POST(HttpRequest.BodyPublishers.ofString(service)).build(), HttpResponse.BodyHandlers.ofString()));
            }
            List<CompletableFuture<HttpResponse<InputStream>>> batches = new ArrayList<>();
            for (int i = 0; i < 12; i++) { // 12,000 evaluations: far more than a 2 s drain allows on any machine
                batches.add(client.sendAsync(HttpRequest.newBuilder(URI.create(server.base() + "/v1/evaluations/batch"))
                        .POST(HttpRequest.BodyPublishers.ofString(batch)).build(), HttpResponse.BodyHandlers.ofInputStream()));
            }
            List<CompletableFuture<int[]>> streams = new ArrayList<>();
            for (var b : batches) {
                HttpResponse<InputStream> r = b.get(120, TimeUnit.SECONDS); // its status line: the batch is running
                assertEquals(200, r.statusCode());
                streams.add(CompletableFuture.supplyAsync(() -> answeredAndRefused(r.body()), readers));
            }
            long t0 = System.nanoTime();
            new ProcessBuilder("kill", "-TERM", Long.toString(server.process.pid())).start().waitFor();
            int answered = 0, refused = 0;
            for (var s : streams) {
                int[] counts = s.get(60, TimeUnit.SECONDS); // throws if a stream was cut off
                assertEquals(1000, counts[0] + counts[1]);
                answered += counts[0];
                refused += counts[1];
            }
            for (var f : singles) {
                HttpResponse<String> r = f.get(60, TimeUnit.SECONDS);
                if (r.statusCode() == 200) answered++;
                else {
                    assertEquals(503, r.statusCode(), r.body());
                    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
                    refused++;
                }
            }
            assertEquals(0, server.terminate(60), server.output());
            long stopMillis = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(server.output().lines().anyMatch(l -> l.equals("stopped")), server.output());
            assertTrue(refused > 0, "nothing was refused: the load did not outlast the drain");
            assertTrue(stopMillis < 20_000, "stop took " + stopMillis + " ms");
            System.out.println("R17: " + answered + " answered, " + refused + " refused with 503, stopped in " + stopMillis + " ms");
        } finally {
            readers.shutdownNow();
        }
    }

    /** Reads a streamed batch answer: how many results are answers, and how many are 503 "server-stopping" problems. */
    static int[] answeredAndRefused(InputStream body) {
        try (InputStream in = body; JsonParser p = Json.MAPPER.getFactory().createParser(in)) {
            int answered = 0, refused = 0;
            p.nextToken();
            p.nextToken();
            p.nextToken();
            while (p.nextToken() == JsonToken.START_OBJECT) {
                JsonNode item = Json.MAPPER.reader().without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(p);
                if (item.has("obligations")) answered++;
                else if (item.path("status").asInt() == 503 && item.path("type").asText().endsWith("server-stopping")) refused++;
                else throw new AssertionError("neither an answer nor a stop: " + item);
            }
            return new int[] {answered, refused};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
