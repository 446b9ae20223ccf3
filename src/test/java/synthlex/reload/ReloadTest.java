package synthlex.reload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import synthlex.MiniRules;
import synthlex.api.ApiServer;
import synthlex.api.ServerOptions;
import synthlex.rules.RuleBaseLoader;

/** Safe reload: a broken or failing rule set never replaces the one being served. */
class ReloadTest {
    static final String RULE = """
            rule "Label"
                @id("tst.label") @kind("labelling") @bearer("service-provider") @cites("TST Art. 1") @timing("ongoing")
                @title("Label") @summary("Label it.") @titleZh("标识") @summaryZh("应当标识。")
            when
                HasRole( role == Role.SERVICE_PROVIDER )
            then
                obligation(drools);
            end
            """;

    @TempDir Path tmp;
    Path rules;
    Path scenarios;
    RuleBaseHolder holder;

    @BeforeEach
    void setUp() throws IOException {
        rules = MiniRules.create(tmp);
        MiniRules.write(rules, "x.drl", RULE);
        scenarios = Files.createDirectories(tmp.resolve("tests-scenarios"));
        Files.writeString(scenarios.resolve("s.yaml"), """
                name: a provider labels
                service: { name: x, roles: [service-provider], asOf: 2030-06-01 }
                expect:
                  obligations: [ { id: tst.label, citations: [TST Art. 1] } ]
                """);
        holder = new RuleBaseHolder(RuleBaseLoader.load(rules), rules, scenarios);
    }

    @Test
    void a_valid_change_is_swapped_in() throws IOException {
        String before = holder.get().version();
        MiniRules.write(rules, "x.drl", RULE.replace("@summary(\"Label it.\")", "@summary(\"Label everything.\")"));
        ReloadOutcome o = holder.reload();
        assertTrue(o.swapped(), o.errors().toString());
        assertNotEquals(before, holder.get().version());
        assertEquals(holder.get().version(), o.servingVersion());
    }

    @Test
    void a_rule_file_that_does_not_compile_is_refused_and_the_old_one_keeps_serving() throws IOException {
        String before = holder.get().version();
        MiniRules.write(rules, "x.drl", RULE.replace("HasRole( role == Role.SERVICE_PROVIDER )", "HasRole( role == Role.SERVICE_PROVIDER"));
        ReloadOutcome o = holder.reload();
        assertFalse(o.swapped());
        assertEquals(before, holder.get().version());
        assertTrue(o.errors().get(0).startsWith("rules/x.drl:"), o.errors().toString());
        assertEquals(o, holder.lastReload());
    }

    @Test
    void a_change_that_breaks_a_scenario_is_refused() throws IOException {
        String before = holder.get().version();
        MiniRules.write(rules, "x.drl", RULE.replace("Role.SERVICE_PROVIDER", "Role.APP_STORE"));
        ReloadOutcome o = holder.reload();
        assertFalse(o.swapped());
        assertEquals(before, holder.get().version());
        assertEquals("scenario tests-scenarios/s.yaml: obligation tst.label: expected, but it did not come back", o.errors().get(0));
    }

    @Test
    void the_reload_route_is_off_without_a_token_and_needs_the_right_one() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Javalin off = ApiServer.create(ServerOptions.of(holder, null, null, false, ServerOptions.DEFAULT_MAX_BODY_BYTES)).start("127.0.0.1", 0);
        Javalin on = ApiServer.create(ServerOptions.of(holder, "s3cret-token", null, false, ServerOptions.DEFAULT_MAX_BODY_BYTES)).start("127.0.0.1", 0);
        try {
            assertEquals(404, post(http, off, null).statusCode());
            assertEquals(401, post(http, on, null).statusCode());
            assertEquals(401, post(http, on, "Bearer wrong").statusCode());
            HttpResponse<String> ok = post(http, on, "Bearer s3cret-token");
            assertEquals(200, ok.statusCode(), ok.body());
            assertTrue(ok.body().contains("\"swapped\" : true"), ok.body());
            HttpResponse<String> rb = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + on.port() + "/v1/rulebase")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(rb.body().contains("\"lastReload\""), rb.body());
            assertTrue(rb.body().contains("\"swapped\":true"), rb.body());
        } finally {
            off.stop();
            on.stop();
        }
    }

    private static HttpResponse<String> post(HttpClient http, Javalin app, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/v1/rulebase/reload"))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (auth != null) b.header("Authorization", auth);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
