package synthlex.hardening;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import synthlex.MiniRules;
import synthlex.api.ApiServer;
import synthlex.api.ServerOptions;
import synthlex.json.Json;
import synthlex.reload.ReloadOutcome;
import synthlex.reload.RuleBaseHolder;
import synthlex.rules.RuleBaseLoader;

/**
 * While 8 threads post evaluations, the rules are reloaded 20 times, alternating a valid and a
 * broken rule set: no request fails, every answer carries a version that was validly loaded, and
 * the broken rule set never serves.
 */
class ReloadUnderLoadTest {
    static String rule(String summary) {
        return """
                rule "Label"
                    @id("tst.label") @kind("labelling") @bearer("service-provider") @cites("TST Art. 1") @timing("ongoing")
                    @title("Label") @summary("%s") @titleZh("标识") @summaryZh("应当标识。")
                when
                    HasRole( role == Role.SERVICE_PROVIDER )
                then
                    obligation(drools);
                end
                """.formatted(summary);
    }

    @Test
    void reloads_under_load_never_fail_a_request_nor_serve_a_broken_rule_set(@TempDir Path tmp) throws Exception {
        Path rules = MiniRules.create(tmp);
        MiniRules.write(rules, "x.drl", rule("version 0"));
        Path scenarios = Files.createDirectories(tmp.resolve("tests-scenarios"));
        Files.writeString(scenarios.resolve("s.yaml"), """
                service: { name: x, roles: [service-provider], asOf: 2030-06-01 }
                expect: { obligations: [ { id: tst.label } ] }
                """);
        RuleBaseHolder holder = new RuleBaseHolder(RuleBaseLoader.load(rules), rules, scenarios);
        Set<String> valid = ConcurrentHashMap.newKeySet();
        Set<String> broken = ConcurrentHashMap.newKeySet();
        valid.add(holder.get().version());
        Javalin app = ApiServer.create(ServerOptions.of(holder, null, null, false, ServerOptions.DEFAULT_MAX_BODY_BYTES)).start("127.0.0.1", 0);
        HttpClient http = HttpClient.newHttpClient();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<List<String>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < 8; t++) {
                results.add(clients.submit(() -> {
                    List<String> failures = new ArrayList<>();
                    while (running.get()) {
                        try {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/v1/evaluations"))
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\",\"asOf\":\"2030-06-01\",\"roles\":[\"service-provider\"]}")).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() != 200) failures.add("status " + r.statusCode());
                            JsonNode body = Json.MAPPER.readTree(r.body());
                            seen.add(body.path("ruleBase").path("version").asText());
                            if (!body.path("obligations").get(0).path("id").asText().equals("tst.label")) failures.add("wrong answer");
                            answered.incrementAndGet();
                        } catch (Exception e) {
                            failures.add("failed: " + e);
                        }
                    }
                    return failures;
                }));
            }
            for (int i = 1; i <= 20; i++) {
                if (i % 2 == 1) {
                    MiniRules.write(rules, "x.drl", rule("version " + i).replace("HasRole( role == Role.SERVICE_PROVIDER )", "HasRole( role == "));
                    broken.add(RuleBaseLoader.versionOf(rules));
                    ReloadOutcome o = holder.reload();
                    assertFalse(o.swapped(), "a broken rule set was swapped in");
                } else {
                    MiniRules.write(rules, "x.drl", rule("version " + i));
                    ReloadOutcome o = holder.reload();
                    assertTrue(o.swapped(), o.errors().toString());
                    valid.add(o.servingVersion());
                }
                Thread.sleep(50);
            }
        } finally {
            running.set(false);
            clients.shutdown();
        }
        List<String> failures = new ArrayList<>();
        for (Future<List<String>> f : results) failures.addAll(f.get());
        app.stop();
        assertEquals(List.of(), failures);
        assertTrue(answered.get() > 100, "answered " + answered.get());
        assertTrue(valid.containsAll(seen), "every version served was validly loaded: " + seen);
        assertTrue(seen.stream().noneMatch(broken::contains));
        assertTrue(seen.size() > 1, "answers came from more than one rule base: " + seen.size());
    }
}
