package synthlex.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import synthlex.MiniRules;
import synthlex.json.Json;
import synthlex.rules.RuleBaseLoader;

/** A webhook receiver that is down gets every change record, signed, in order, once it is up. */
class WebhookTest {
    @TempDir Path tmp;

    @Test
    void a_receiver_that_is_down_gets_the_records_once_it_is_up() throws Exception {
        System.setProperty("synthlex.webhook.pollMillis", "100");
        AtomicInteger refused = new AtomicInteger();
        List<JsonNode> received = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> badSignatures = java.util.Collections.synchronizedList(new ArrayList<>());
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (refused.getAndIncrement() < 2) { // down for the first two attempts
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            String signature = exchange.getRequestHeaders().getFirst("X-Synthlex-Signature");
            if (!("sha256=" + Webhook.sign("hook-secret".getBytes(StandardCharsets.UTF_8), body)).equals(signature)) badSignatures.add(signature);
            Json.MAPPER.readTree(body).path("changes").forEach(received::add);
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        Path rules = MiniRules.create(tmp);
        MiniRules.write(rules, "x.drl", Fixture.LABEL + Fixture.FILING);
        URI url = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
        try (Database db = Database.open(tmp.resolve("r.db").toString())) {
            var ruleBase = RuleBaseLoader.load(rules);
            Register register = Register.open(db, () -> ruleBase, Register.Config.defaults().withClock(java.time.Clock.systemUTC())
                    .withoutDailySchedule().withWebhook(url, "hook-secret"));
            try {
                register.put("pub", Json.MAPPER.readTree(Fixture.PUBLISHER), Preconditions.NONE, "t");
                String etag = register.get("pub").etag();
                register.put("pub", Json.MAPPER.readTree(Fixture.UNSURE), new Preconditions(etag, null), "t");
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (received.size() < 2 && System.nanoTime() < deadline) Thread.sleep(50);
                assertEquals(List.of("service-added", "now-undetermined"), received.stream().map(c -> c.path("kind").asText()).toList());
                assertEquals(List.of(1L, 2L), received.stream().map(c -> c.path("id").asLong()).toList());
                assertEquals(List.of(), badSignatures);
                assertTrue(refused.get() >= 3);
                Thread.sleep(300);
                assertEquals(0, register.status().path("webhook").path("waiting").asInt());
                assertEquals(2, received.size(), "delivered once");
            } finally {
                register.close();
            }
        } finally {
            receiver.stop(0);
            System.clearProperty("synthlex.webhook.pollMillis");
        }
    }
}
