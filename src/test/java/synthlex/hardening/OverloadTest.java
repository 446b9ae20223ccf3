package synthlex.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import synthlex.api.ServerOptions;

/**
 * Attack review R1, R3 and R4 (issue 14 items 1–3), each on a server started as the README starts
 * it (a 160 MB heap that exits on out-of-memory) and real sockets: a flood of connections, clients
 * sending their bodies a byte a second, and 16 large batches at once. Each time, other clients
 * keep being answered, and afterwards the server stops cleanly on SIGTERM. The figures printed
 * here are the ones in docs/reliability.md.
 */
class OverloadTest {
    static final String HEALTH = "GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n";

    @Test
    void ten_thousand_busy_connections_leave_the_server_alive_and_answering() throws Exception {
        try (ServerProcess server = ServerProcess.start(ServerProcess.README_JVM_OPTIONS)) {
            var running = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return Flood.parallel(server.port, 4, 2_500, HEALTH, 15_000);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(10_000);
            long sockets = server.openSockets(), rss = server.residentMegabytes();
            Flood flood = running.get();
            assertTrue(sockets <= ServerOptions.DEFAULT_MAX_CONNECTIONS + 20,
                    sockets + " sockets open during the flood; the cap is " + ServerOptions.DEFAULT_MAX_CONNECTIONS);
            assertTrue(server.process.isAlive(), "the server died during the flood:\n" + server.output());
            long health = server.healthMillis(Duration.ofSeconds(5));
            assertTrue(health < 1000, "/health took " + health + " ms after the flood");
            assertEquals(0, flood.other, flood.toString());
            System.out.println("R1: " + flood + "; resident " + rss + " MB and " + sockets + " sockets held during the flood; /health after it in " + health + " ms");
            assertEquals(0, server.terminate(30), server.output());
            assertTrue(server.output().lines().anyMatch(l -> l.equals("stopped")), server.output());
        }
    }

    /**
     * 300 clients send their bodies a byte a second (R3): they hold no thread, so others are answered;
     * at the body deadline they get 408. The deadline is 20 s by default; here it is set to 10 s
     * ({@code -Dsynthlex.bodyDeadlineMillis}), which tests the same mechanism in half the time. The slow
     * clients send a byte a second for 7 s, and meanwhile another client asks for /health and a
     * face-swap evaluation every quarter of a second; the bytes stop 3 s before the deadline, so that a
     * loaded machine cannot make one arrive after the server has closed the connection.
     */
    @Test
    void clients_sending_a_byte_a_second_do_not_starve_others() throws Exception {
        long deadline = 10_000, sending = 7_000;
        java.util.List<String> options = new java.util.ArrayList<>(ServerProcess.README_JVM_OPTIONS);
        options.add("-Dsynthlex.bodyDeadlineMillis=" + deadline);
        try (ServerProcess server = ServerProcess.start(options)) {
            java.util.List<java.net.Socket> slow = new java.util.ArrayList<>();
            try {
                long t0 = System.nanoTime();
                for (int i = 0; i < 300; i++) {
                    java.net.Socket s = new java.net.Socket("127.0.0.1", server.port);
                    s.getOutputStream().write(("POST /v1/evaluations HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 100000\r\n\r\n{").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    slow.add(s);
                }
                String service = java.nio.file.Files.readString(java.nio.file.Path.of("facts/face-swap-app.json"));
                java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                // a byte a second each, on a thread of its own so that slow probes cannot slow the bytes down
                var bytes = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    int sent = 0;
                    try {
                        for (long next = t0; next < t0 + sending * 1_000_000; next += 1_000_000_000L, sent++) {
                            Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
                            for (java.net.Socket s : slow) s.getOutputStream().write(' ');
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException("a slow client could not send its next byte after " + sent + " s", e);
                    }
                    return sent;
                });
                long worstHealth = 0, worstEvaluation = 0;
                int probes = 0;
                while (!bytes.isDone()) {
                    worstHealth = Math.max(worstHealth, server.healthMillis(Duration.ofSeconds(5)));
                    long t1 = System.nanoTime();
                    var r = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.base() + "/v1/evaluations"))
                            .timeout(Duration.ofSeconds(5)).POST(java.net.http.HttpRequest.BodyPublishers.ofString(service)).build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, r.statusCode(), r.body());
                    worstEvaluation = Math.max(worstEvaluation, (System.nanoTime() - t1) / 1_000_000);
                    probes++;
                    Thread.sleep(250);
                }
                int sent = bytes.join();
                assertTrue(worstHealth < 1000 && worstEvaluation < 2000, "worst /health " + worstHealth + " ms, evaluation " + worstEvaluation + " ms");
                int timedOut = 0;
                for (java.net.Socket s : slow) { // past the body deadline, each slow client has its 408 and its connection closed
                    s.setSoTimeout(15_000);
                    String answer = new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                    if (answer.startsWith("HTTP/1.1 408") && answer.contains("application/problem+json")) timedOut++;
                }
                long closed = (System.nanoTime() - t0) / 1_000_000;
                assertEquals(300, timedOut);
                assertTrue(closed >= deadline, "408 after " + closed + " ms, before the " + deadline + " ms deadline");
                System.out.println("R3: 300 slow clients sending " + sent + " bytes each over " + sending / 1000 + " s; " + probes
                        + " probes meanwhile, worst /health " + worstHealth + " ms, worst evaluation " + worstEvaluation
                        + " ms; all 300 got 408 at the " + deadline / 1000 + " s body deadline; resident " + server.residentMegabytes() + " MB");
            } finally {
                for (java.net.Socket s : slow) s.close();
            }
            assertEquals(0, server.terminate(30), server.output());
        }
    }

    /**
     * 16 batches of 1,000 services at once, with explain and without (R4): explained batches over 100
     * services are refused at once; plain ones are streamed, one CPU slot per service, so /health and
     * single evaluations from another client keep answering, and nothing runs out of memory.
     */
    @Test
    void sixteen_large_batches_leave_others_answered() throws Exception {
        try (ServerProcess server = ServerProcess.start(ServerProcess.README_JVM_OPTIONS)) {
            String service = java.nio.file.Files.readString(java.nio.file.Path.of("facts/research-model.json"));
            String batch = "{\"services\":[" + String.join(",", java.util.Collections.nCopies(1000, service)) + "]}";
            java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            java.util.List<java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<java.io.InputStream>>> explained = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) explained.add(client.sendAsync(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.base()
                    + "/v1/evaluations/batch?explain=true")).POST(java.net.http.HttpRequest.BodyPublishers.ofString(batch)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofInputStream()));
            for (var f : explained) {
                var r = f.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertEquals(400, r.statusCode());
                assertTrue(new String(r.body().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).contains("explain=true is limited to 100"));
            }
            java.util.List<java.util.concurrent.CompletableFuture<int[]>> plain = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) plain.add(client.sendAsync(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.base()
                    + "/v1/evaluations/batch")).POST(java.net.http.HttpRequest.BodyPublishers.ofString(batch)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofInputStream()).thenApply(OverloadTest::countResults));
            long worstHealth = 0, worstEvaluation = 0, maxRss = 0;
            int probes = 0;
            while (!java.util.concurrent.CompletableFuture.allOf(plain.toArray(java.util.concurrent.CompletableFuture[]::new)).isDone()) {
                worstHealth = Math.max(worstHealth, server.healthMillis(Duration.ofSeconds(10)));
                long t0 = System.nanoTime();
                var r = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.base() + "/v1/evaluations"))
                        .timeout(Duration.ofSeconds(10)).POST(java.net.http.HttpRequest.BodyPublishers.ofString(service)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), r.body());
                worstEvaluation = Math.max(worstEvaluation, (System.nanoTime() - t0) / 1_000_000);
                maxRss = Math.max(maxRss, server.residentMegabytes());
                probes++;
                Thread.sleep(250);
            }
            for (var f : plain) {
                int[] statusAndCount = f.get();
                assertEquals(200, statusAndCount[0]);
                assertEquals(1000, statusAndCount[1]);
            }
            assertTrue(server.process.isAlive(), server.output());
            assertTrue(worstHealth < 1000 && worstEvaluation < 2000, "worst /health " + worstHealth + " ms, evaluation " + worstEvaluation + " ms");
            System.out.println("R4: 16 explained 1,000-service batches refused (400); 16 plain ones answered in full (16,000 answers); "
                    + probes + " probes meanwhile, worst /health " + worstHealth + " ms, worst evaluation " + worstEvaluation
                    + " ms; resident at most " + maxRss + " MB");
            assertEquals(0, server.terminate(30), server.output());
        }
    }

    /** More evaluations waiting than the queue takes: the rest are refused at once with 503 and Retry-After, not left to wait. */
    @Test
    void a_full_queue_answers_503_with_retry_after() throws Exception {
        java.util.List<String> options = new java.util.ArrayList<>(ServerProcess.README_JVM_OPTIONS);
        options.add("-Dsynthlex.maxWaiting=2");
        try (ServerProcess server = ServerProcess.start(options)) {
            String service = java.nio.file.Files.readString(java.nio.file.Path.of("facts/face-swap-app.json"));
            java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
            java.util.List<java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<String>>> all = new java.util.ArrayList<>();
            for (int i = 0; i < 60; i++) all.add(client.sendAsync(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.base()
                    + "/v1/evaluations?explain=true")).POST(java.net.http.HttpRequest.BodyPublishers.ofString(service)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()));
            int ok = 0, busy = 0;
            for (var f : all) {
                var r = f.get(180, java.util.concurrent.TimeUnit.SECONDS); // generous: CI machines are shared
                if (r.statusCode() == 200) { ok++; continue; }
                assertEquals(503, r.statusCode(), r.body());
                assertEquals("1", r.headers().firstValue("Retry-After").orElse(null));
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
                assertTrue(r.body().contains("urn:synthlex:problem:overloaded"), r.body());
                busy++;
            }
            assertTrue(ok > 0 && busy > 0, ok + " answered, " + busy + " refused");
            System.out.println("queue: 60 concurrent explained evaluations with 2 allowed to wait: " + ok + " answered, " + busy + " refused with 503");
            assertEquals(0, server.terminate(30), server.output());
        }
    }

    /** Reads a streamed batch answer without keeping it: its status and the number of results. */
    static int[] countResults(java.net.http.HttpResponse<java.io.InputStream> r) {
        try (java.io.InputStream in = r.body(); com.fasterxml.jackson.core.JsonParser p = synthlex.json.Json.MAPPER.getFactory().createParser(in)) {
            if (r.statusCode() != 200) return new int[] {r.statusCode(), 0};
            int results = 0;
            p.nextToken(); // {
            p.nextToken(); // "results"
            p.nextToken(); // [
            while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                results++;
                p.skipChildren();
            }
            return new int[] {200, results};
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
