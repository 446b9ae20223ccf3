package synthlex.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static synthlex.hardening.LocalSafetyTest.assertProblem;
import static synthlex.hardening.LocalSafetyTest.post;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.util.Collections;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import synthlex.TestRuleBase;
import synthlex.api.ServerOptions;
import synthlex.json.Json;

/**
 * Attack review R2 and R18 (issue 14 item 3): one request cannot make the server produce
 * unbounded work or output, and what it echoes is shortened.
 */
class AmplificationTest {
    static Javalin app;

    @BeforeAll static void start() {
        app = LocalSafetyTest.start(ServerOptions.of(TestRuleBase::get));
    }

    @AfterAll static void stop() {
        app.stop();
    }

    static JsonNode problem(String response, int status) throws Exception {
        assertProblem(response, status);
        return Json.MAPPER.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
    }

    @Test
    void a_list_far_over_its_limit_is_one_problem_not_one_per_item() throws Exception {
        String items = String.join(",", Collections.nCopies(200_000, "\"x\"")); // like the review's 1 MB body: OOM and a 500 before
        String body = "{\"name\":\"X\",\"roles\":[\"service-provider\"],\"capabilities\":[" + items + "]}";
        String response = post(app, "/v1/evaluations", "Content-Type: application/json\r\n", body);
        JsonNode p = problem(response, 400);
        assertEquals(1, p.path("errors").size(), response.length() > 2000 ? response.substring(0, 2000) : response);
        assertEquals("/capabilities", p.path("errors").get(0).path("pointer").asText());
        assertEquals("too many items: 200000 (no list here takes more than 50)", p.path("errors").get(0).path("message").asText());
        assertTrue(response.length() < 1000, response.length() + " bytes");
    }

    @Test
    void at_most_100_problems_are_listed_then_a_count() throws Exception {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < 60; i++) fields.append(",\"f").append(i).append("\":1");
        StringBuilder more = new StringBuilder();
        for (int i = 0; i < 50; i++) more.append(i == 0 ? "" : ",").append("\"bad").append(i).append("\"");
        // 60 unknown fields + 50 unknown capabilities + 1 more: 111 problems
        String body = "{\"name\":\"X\",\"roles\":[\"service-provider\"],\"capabilities\":[" + more + "],\"asOf\":\"x\"" + fields + "}";
        JsonNode p = problem(post(app, "/v1/evaluations", "Content-Type: application/json\r\n", body), 400);
        assertEquals(101, p.path("errors").size());
        assertEquals("and 11 more problems not listed; fix these first", p.path("errors").get(100).path("message").asText());
        assertEquals("", p.path("errors").get(100).path("pointer").asText());
    }

    @Test
    void objects_with_more_members_than_any_allowed_are_one_problem() throws Exception {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < 60_000; i++) fields.append(",\"f").append(i).append("\":1"); // the review's 4.5 MB answer
        String body = "{\"name\":\"X\",\"roles\":[\"service-provider\"]" + fields + "}";
        String response = post(app, "/v1/evaluations", "Content-Type: application/json\r\n", body);
        JsonNode p = problem(response, 400);
        assertTrue(response.length() < 1000, response.length() + " bytes");
        assertEquals(1, p.path("errors").size());
        assertEquals("too many members: 60002 (no object here has more than 64)", p.path("errors").get(0).path("message").asText());
    }

    @Test
    void echoed_values_and_field_names_are_shortened() throws Exception {
        String longValue = "y".repeat(100_000);
        String response = post(app, "/v1/evaluations", "Content-Type: application/json\r\n",
                "{\"name\":\"X\",\"roles\":[\"service-provider\"],\"capabilities\":[\"" + longValue + "\"]}");
        JsonNode p = problem(response, 400);
        String message = p.path("errors").get(0).path("message").asText();
        assertTrue(message.startsWith("unknown capability '" + "y".repeat(60) + "… (100000 characters)'; allowed: "), message);
        assertTrue(response.length() < 3000, response.length() + " bytes");
        String name = "n".repeat(2_000); // field names are limited by the parser
        p = problem(post(app, "/v1/evaluations", "Content-Type: application/json\r\n", "{\"" + name + "\":1}"), 400);
        assertTrue(p.path("errors").get(0).path("message").asText().contains("a field name over 1000 characters"));
    }

    @Test
    void names_must_be_visible_text() throws Exception { // R18
        for (String name : new String[] {"   ", "a\\u0000b", "\\ud800x", "abc\\u202Edef"}) {
            JsonNode p = problem(post(app, "/v1/evaluations", "Content-Type: application/json\r\n",
                    "{\"name\":\"" + name + "\",\"roles\":[\"service-provider\"]}"), 400);
            assertEquals("/name", p.path("errors").get(0).path("pointer").asText(), name);
            assertEquals(1, p.path("errors").size(), p.toString());
        }
        assertEquals(200, LocalSafetyTest.status(post(app, "/v1/evaluations", "Content-Type: application/json\r\n",
                "{\"name\":\"\\u6df1\\u5ea6 \\ud83d\\ude00 App\",\"roles\":[\"service-provider\"]}")));
    }

    @Test
    void explain_is_limited_in_batches() throws Exception {
        String service = "{\"name\":\"X\",\"roles\":[\"service-provider\"]}";
        String batch = "{\"services\":[" + String.join(",", Collections.nCopies(101, service)) + "]}";
        JsonNode p = problem(post(app, "/v1/evaluations/batch?explain=true", "Content-Type: application/json\r\n", batch), 400);
        assertEquals("/services", p.path("errors").get(0).path("pointer").asText());
        assertTrue(p.path("errors").get(0).path("message").asText().startsWith("explain=true is limited to 100 services per batch"));
        String hundred = "{\"services\":[" + String.join(",", Collections.nCopies(100, service)) + "]}";
        assertEquals(200, LocalSafetyTest.status(post(app, "/v1/evaluations/batch?explain=true", "Content-Type: application/json\r\n", hundred)));
        assertEquals(200, LocalSafetyTest.status(post(app, "/v1/evaluations/batch", "Content-Type: application/json\r\n", batch)));
    }
}
