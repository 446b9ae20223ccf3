package synthlex.register;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import synthlex.MiniRules;
import synthlex.api.ApiServer;
import synthlex.api.ServerOptions;
import synthlex.json.Json;
import synthlex.reload.RuleBaseHolder;
import synthlex.rules.RuleBaseLoader;

/**
 * A real server with a register on a real database, over the made-up instrument of {@link MiniRules}
 * (TST, in force 2030-01-01; Art. 2(2) from 2031-01-01), with a clock fixed at 2030-06-01 in
 * Shanghai so that "today", the asOf of every answer and the upcoming window are known.
 */
final class Fixture implements AutoCloseable {
    /** 2030-06-01 08:00 in Shanghai. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2030-06-01T00:00:00Z"), ZoneOffset.UTC);

    static final String LABEL = """
            rule "Label"
                @id("tst.label") @kind("labelling") @bearer("service-provider") @cites("TST Art. 1") @timing("at-launch")
                @title("Label") @summary("Label it.") @titleZh("标识") @summaryZh("应当标识。")
            when
                HasRole( role == Role.SERVICE_PROVIDER )
            then
                obligation(drools);
            end
            """;
    static final String FILING = """
            rule "File"
                @id("tst.filing") @kind("filing") @bearer("service-provider") @cites("TST Art. 2(1)") @timing("within P10D working-days from launch")
                @title("File") @summary("File it.") @titleZh("备案") @summaryZh("应当备案。")
            when
                HasRole( role == Role.SERVICE_PROVIDER )
                Flag( field == Field.INFORMATION_PUBLISHING, possiblyTrue )
            then
                obligation(drools);
            end
            """;
    static final String SHOW_NUMBER = """
            rule "Show the filing number"
                @id("tst.show-number") @kind("notice") @bearer("service-provider") @cites("TST Art. 2(2)") @timing("at-launch")
                @title("Show the number") @summary("Show the filing number.") @titleZh("公示编号") @summaryZh("应当公示备案编号。")
            when
                HasRole( role == Role.SERVICE_PROVIDER )
            then
                obligation(drools);
            end
            """;

    /** A provider that lets users publish, one where that is unknown, and an app store (none of these obligations). */
    static final String PUBLISHER = "{\"name\":\"Publisher\",\"asOf\":\"2030-06-01\",\"roles\":[\"service-provider\"],\"informationPublishing\":true}";
    static final String UNSURE = "{\"name\":\"Unsure\",\"asOf\":\"2030-06-01\",\"roles\":[\"service-provider\"]}";
    static final String STORE = "{\"name\":\"Store\",\"asOf\":\"2030-06-01\",\"roles\":[\"app-store\"]}";

    final Path rules;
    final Path scenarios;
    final Databases.Target target;
    final RuleBaseHolder holder;
    final Database db;
    final Register register;
    final Javalin app;
    final HttpClient http = HttpClient.newHttpClient();

    private Fixture(Path rules, Path scenarios, Databases.Target target, String token, String host) {
        this.rules = rules;
        this.scenarios = scenarios;
        this.target = target;
        this.holder = new RuleBaseHolder(RuleBaseLoader.load(rules), rules, scenarios);
        this.db = target.open();
        this.register = Register.open(db, holder, Register.Config.defaults().withClock(CLOCK).withoutDailySchedule());
        holder.onSwap(register.watch()::afterReload);
        this.app = ApiServer.create(ServerOptions.of(holder, null, null, false, ServerOptions.DEFAULT_MAX_BODY_BYTES), register, token)
                .start(host, 0);
    }

    /** Writes the mini rule base (label and filing) with scenarios covering them, and starts a server on it. */
    static Fixture start(Path tmp, Databases.Target target) throws IOException {
        return start(tmp, target, null, "127.0.0.1");
    }

    static Fixture start(Path tmp, Databases.Target target, String token, String host) throws IOException {
        Path rules = tmp.resolve("rules");
        if (!Files.exists(rules)) {
            MiniRules.create(tmp);
            MiniRules.write(rules, "x.drl", LABEL + FILING);
            Files.createDirectories(tmp.resolve("tests-scenarios"));
            scenario(tmp, "label", "tst.label");
            scenario(tmp, "filing", "tst.filing");
        }
        return new Fixture(rules, tmp.resolve("tests-scenarios"), target, token, host);
    }

    /** The same register and rules, on a new server (the restart in "nothing is lost"). */
    Fixture restart(Path tmp) throws IOException {
        close();
        return start(tmp, target, null, "127.0.0.1");
    }

    static void scenario(Path tmp, String name, String obligation) throws IOException {
        Files.writeString(tmp.resolve("tests-scenarios/" + name + ".yaml"), """
                name: %s
                service: { name: x, roles: [service-provider], informationPublishing: true, asOf: 2030-06-01 }
                expect:
                  obligations: [ { id: %s } ]
                """.formatted(name, obligation));
    }

    String base() {
        return "http://127.0.0.1:" + app.port();
    }

    record Reply(int status, JsonNode body, HttpResponse<String> raw) {
        String etag() {
            return raw.headers().firstValue("ETag").orElse(null);
        }
    }

    Reply send(String method, String path, String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        if (body != null) b.header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), r.body().isEmpty() ? null : Json.MAPPER.readTree(r.body()), r);
    }

    Reply get(String path) throws IOException, InterruptedException {
        return send("GET", path, null);
    }

    /** Creates a service (If-None-Match: *) and returns its ETag. */
    String create(String id, String description) throws IOException, InterruptedException {
        Reply r = send("PUT", "/v1/services/" + id, description, "If-None-Match", "*");
        if (r.status() != 201) throw new AssertionError("PUT " + id + ": " + r.status() + " " + r.body());
        return r.etag();
    }

    void awaitIdle() throws InterruptedException {
        if (!register.watch().awaitIdle(Duration.ofSeconds(120))) throw new AssertionError("re-evaluation did not finish: " + register.status());
    }

    @Override public void close() {
        app.stop();
        register.close();
        db.close();
    }
}
