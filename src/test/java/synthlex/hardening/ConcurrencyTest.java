package synthlex.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import synthlex.TestRuleBase;
import synthlex.api.ApiServer;

/**
 * 16 client threads x 500 mixed requests (valid, invalid, batch) against a real server: no 5xx,
 * no dropped connection, and every answer identical, byte for byte, to the one-at-a-time answer for
 * the same input. 16 requests are in flight at every moment, so each of the seven kinds of call
 * meets every other one concurrently hundreds of times over (8,000 requests in all, about 1,100 of
 * each kind); the 32,000 (16 x 2,000) it sent before cost a minute of every build for the same
 * assertion.
 */
class ConcurrencyTest {
    static final int THREADS = 16, EACH = 500;

    record Call(String path, String body) { }

    @Test
    void concurrent_answers_equal_the_single_threaded_ones() throws Exception {
        Javalin app = ApiServer.create(TestRuleBase::get).start("127.0.0.1", 0);
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
        String base = "http://127.0.0.1:" + app.port();
        try {
            String store = Files.readString(Path.of("facts/app-store.json"));
            String restoration = Files.readString(Path.of("facts/photo-restoration-app.json"));
            List<Call> calls = List.of(
                    new Call("/v1/evaluations", store),
                    new Call("/v1/evaluations", restoration),
                    new Call("/v1/evaluations", "{\"name\":\"bot\",\"asOf\":\"2025-01-01\",\"roles\":[\"service-provider\"],\"capabilities\":[\"chat\"]}"),
                    new Call("/v1/evaluations", "{\"name\":\"bad\",\"roles\":[\"pirate\"],\"colour\":1}"),
                    new Call("/v1/evaluations", "{\"name\": "),
                    new Call("/v1/evaluations/batch", "{\"services\":[" + store + ",{\"name\":\"x\",\"roles\":[]}]}"),
                    new Call("/v1/evaluations?lang=zh", store));
            List<HttpResponse<byte[]>> expected = new ArrayList<>();
            for (Call c : calls) expected.add(send(http, base, c));

            ExecutorService clients = Executors.newFixedThreadPool(THREADS);
            AtomicInteger done = new AtomicInteger();
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                results.add(clients.submit(() -> {
                    List<String> problems = new ArrayList<>();
                    for (int i = 0; i < EACH; i++) {
                        int k = (thread + i) % calls.size();
                        try {
                            HttpResponse<byte[]> r = send(http, base, calls.get(k));
                            if (r.statusCode() >= 500) problems.add("5xx: " + r.statusCode());
                            else if (r.statusCode() != expected.get(k).statusCode()) problems.add("status " + r.statusCode() + " for call " + k);
                            else if (r.statusCode() == 200 && !Arrays.equals(r.body(), expected.get(k).body())) problems.add("different answer for call " + k);
                        } catch (Exception e) {
                            problems.add("dropped: " + e);
                        }
                        done.incrementAndGet();
                    }
                    return problems;
                }));
            }
            List<String> problems = new ArrayList<>();
            for (Future<List<String>> f : results) problems.addAll(f.get());
            clients.shutdown();
            assertEquals(THREADS * EACH, done.get());
            assertEquals(List.of(), problems.stream().distinct().limit(10).toList());
            assertTrue(expected.get(3).statusCode() == 400 && expected.get(5).statusCode() == 200);
        } finally {
            app.stop();
        }
    }

    /** The answer's bytes, compared as they are: decoding each 14–230 KB answer into a String took a tenth of the test's CPU time. */
    static HttpResponse<byte[]> send(HttpClient http, String base, Call c) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + c.path())).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(c.body())).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
