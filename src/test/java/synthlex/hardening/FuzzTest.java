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
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import synthlex.TestRuleBase;
import synthlex.api.ApiServer;
import synthlex.json.Json;

/**
 * Throws 10,000 generated and mutated bodies at a real server: every answer must be a 200 with an
 * answer or a well-formed 4xx problem — never a 5xx, a stack trace or an exception class name.
 */
class FuzzTest {
    private static final String[] FIELDS = {"name", "asOf", "roles", "audience", "capabilities", "publicOpinion",
            "informationPublishing", "tools", "biometricEditing", "newFunction", "contentExport", "unlabelledOnRequest",
            "training", "personalInformation", "news", "workers", "consumerPricing", "researchOnly", "mediaServices"};
    private static final String[] ROUTES = {"/v1/evaluations", "/v1/evaluations", "/v1/evaluations", "/v1/evaluations/batch",
            "/v1/timelines", "/v1/evaluations?explain=true"};
    private static Javalin app;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static synchronized String base() {
        if (app == null) {
            app = ApiServer.create(TestRuleBase::get).start("127.0.0.1", 0);
            Runtime.getRuntime().addShutdownHook(new Thread(app::stop));
        }
        return "http://127.0.0.1:" + app.port();
    }

    @Property(tries = 10_000)
    void every_answer_is_200_or_a_well_formed_4xx(@ForAll("bodies") String body, @ForAll("routes") String route) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base() + route))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        int status = r.statusCode();
        assertTrue(status == 200 || (status >= 400 && status < 500), status + " for " + body);
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), r.body());
        JsonNode json = Json.MAPPER.readTree(r.body());
        if (status != 200) {
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertEquals(status, json.path("status").asInt());
            assertFalse(json.path("type").asText().isEmpty());
            assertFalse(json.path("title").asText().isEmpty());
        }
    }

    @Provide
    Arbitrary<String> routes() {
        return Arbitraries.of(ROUTES);
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> valid = services().map(FuzzTest::json);
        Arbitrary<String> wrapped = services().list().ofMaxSize(3)
                .map(l -> "{\"services\":[" + String.join(",", l.stream().map(FuzzTest::json).toList()) + "],\"from\":\"2022-01-01\",\"to\":\"2026-01-01\"}");
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, valid),
                net.jqwik.api.Tuple.of(4, Combinators.combine(valid, Arbitraries.integers().between(0, 1000), Arbitraries.strings().ofMaxLength(8))
                        .as(FuzzTest::mutateText)),
                net.jqwik.api.Tuple.of(1, wrapped),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(200)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 200).map(d -> "[".repeat(d) + "]".repeat(d))));
    }

    /** A service with a random subset of fields, each with a value of the right or a wrong shape. */
    private static Arbitrary<java.util.Map<String, Object>> services() {
        Arbitrary<Object> value = Arbitraries.oneOf(
                Arbitraries.of(true, false), Arbitraries.just(null), Arbitraries.strings().ofMaxLength(30).map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i), Arbitraries.of("face-swap", "chat", "forum", "service-provider", "app-store",
                        "2023-01-10", "2023-02-30", "minor-under-14").map(s -> (Object) List.of(s)),
                Arbitraries.of(java.util.Map.of("offered", true), java.util.Map.of("channels", List.of("forum")),
                        java.util.Map.of("processes", true, "individuals", 5), java.util.Map.of("x", 1)).map(m -> (Object) m));
        return Arbitraries.maps(Arbitraries.of(FIELDS), value).ofMaxSize(FIELDS.length).map(m -> {
            java.util.Map<String, Object> s = new java.util.LinkedHashMap<>(m);
            if (!s.containsKey("name") && Math.random() < 0.8) s.put("name", "svc");
            if (!s.containsKey("roles") && Math.random() < 0.8) s.put("roles", List.of("service-provider"));
            return s;
        });
    }

    private static String json(Object o) {
        try {
            return Json.MAPPER.writeValueAsString(o);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Text-level damage: cut, insert junk, duplicate, or swap a character. */
    private static String mutateText(String s, int at, String junk) {
        int i = s.isEmpty() ? 0 : at % s.length();
        return switch (at % 4) {
            case 0 -> s.substring(0, i);
            case 1 -> s.substring(0, i) + junk + s.substring(i);
            case 2 -> s + s;
            default -> s.substring(0, i) + "\u0000\"}{" + s.substring(i);
        };
    }
}
