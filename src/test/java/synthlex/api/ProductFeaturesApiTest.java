package synthlex.api;

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import synthlex.TestRuleBase;
import synthlex.json.Json;

/** Timelines, explain (near misses and traces), questions, batch and Chinese, against a real server. */
class ProductFeaturesApiTest {
    static Javalin app;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        app = ApiServer.create(TestRuleBase::get).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    static HttpResponse<String> post(String path, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.MAPPER.readTree(r.body());
    }

    static String faceSwap() throws Exception {
        return Files.readString(Path.of("facts/face-swap-app.json"));
    }

    static List<String> ids(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.path("id").asText()));
        return out;
    }

    @Test
    void a_timeline_cuts_at_the_days_law_came_into_force_and_says_what_changed() throws Exception {
        String body = faceSwap().replaceFirst("\\{", "{\"from\": \"2022-06-01\", \"to\": \"2026-06-30\",");
        HttpResponse<String> r = post("/v1/timelines", body);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode periods = json(r).path("periods");
        List<String> starts = new ArrayList<>();
        periods.forEach(p -> starts.add(p.path("from").asText()));
        assertEquals(List.of("2022-06-01", "2023-01-10", "2023-08-15", "2025-01-01", "2025-09-01", "2026-01-01"), starts);
        assertEquals("2023-01-09", periods.get(0).path("to").asText());
        assertEquals("2026-06-30", periods.get(5).path("to").asText());
        JsonNode dsp = periods.get(1);
        assertTrue(ids(dsp.path("added")).contains("dsp.label.conspicuous.person-image"));
        assertTrue(ids(dsp.path("added")).contains("dsp.real-name-verification"));
        JsonNode lm = periods.get(4);
        JsonNode gained = null;
        for (JsonNode g : lm.path("citationsGained")) if (g.path("obligation").asText().equals("dsp.label.conspicuous.person-image")) gained = g;
        assertTrue(gained != null && gained.path("citations").toString().contains("LM Art. 4(1)"), lm.path("citationsGained").toString());
        // the Cybersecurity Law's amended text and numbering (2026-01-01): the log duty changes article
        JsonNode csl = periods.get(5);
        JsonNode logsGained = null, logsLost = null;
        for (JsonNode g : csl.path("citationsGained")) if (g.path("obligation").asText().equals("record-keeping.logs")) logsGained = g;
        for (JsonNode g : csl.path("citationsLost")) if (g.path("obligation").asText().equals("record-keeping.logs")) logsLost = g;
        assertTrue(logsGained != null && logsGained.path("citations").toString().contains("CSL Art."), csl.toString());
        assertTrue(logsLost != null && logsLost.path("citations").toString().contains("CSL2017 Art."), csl.toString());
    }

    @Test
    void a_timeline_needs_from_and_to_in_order() throws Exception {
        String body = faceSwap().replaceFirst("\\{", "{\"from\": \"2025-01-01\", \"to\": \"2024-01-01\",");
        HttpResponse<String> r = post("/v1/timelines", body);
        assertEquals(400, r.statusCode());
        assertEquals("/to", json(r).path("errors").get(0).path("pointer").asText());
        HttpResponse<String> none = post("/v1/timelines", faceSwap());
        assertEquals(List.of("/from", "/to"), List.of(json(none).path("errors").get(0).path("pointer").asText(),
                json(none).path("errors").get(1).path("pointer").asText()));
    }

    @Test
    void explain_adds_near_misses_and_traces_and_without_it_the_answer_stays_lean() throws Exception {
        String writer = """
                {"name":"QuietWriter","asOf":"2026-11-24","roles":["service-provider"],"capabilities":["writing"],
                 "audience":{"publicInMainlandChina":true},"researchOnly":false,
                 "publicOpinion":{"channels":[],"socialMobilisation":false},"informationPublishing":false}""";
        JsonNode lean = json(post("/v1/evaluations", writer));
        assertTrue(lean.path("nearMisses").isMissingNode());
        assertTrue(lean.path("obligations").get(0).path("trace").isMissingNode());

        JsonNode explained = json(post("/v1/evaluations?explain=true", writer));
        JsonNode filing = null;
        for (JsonNode n : explained.path("nearMisses")) {
            if (n.path("obligation").asText().equals("algorithm-filing.display-number") && n.path("change").path("pointer").asText().equals("/publicOpinion/channels")) filing = n;
        }
        assertTrue(filing != null, explained.path("nearMisses").toString());
        assertEquals("[\"forum\"]", filing.path("change").path("value").toString());
        assertTrue(filing.path("explanation").asText().startsWith("If publicOpinion.channels included any channel"), filing.toString());
        JsonNode trace = explained.path("obligations").get(0).path("trace").get(0);
        assertFalse(trace.path("rule").path("name").asText().isEmpty());
        assertTrue(trace.path("classifications").isArray());
        assertTrue(trace.path("facts").isArray());
    }

    @Test
    void questions_group_what_is_unknown_and_answering_them_leaves_nothing_undetermined() throws Exception {
        JsonNode bare = json(post("/v1/evaluations", """
                {"name":"BareBot","asOf":"2026-11-24","roles":["service-provider"],"capabilities":["chat"]}"""));
        JsonNode questions = bare.path("questions");
        assertTrue(questions.size() > 3);
        for (int i = 1; i < questions.size(); i++) {
            assertTrue(questions.get(i - 1).path("decides").size() >= questions.get(i).path("decides").size(), "ordered by how many they decide");
        }
        // answer every question (any value will do) and nothing may stay undetermined
        com.fasterxml.jackson.databind.node.ObjectNode answered = (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.readTree("""
                {"name":"BareBot","asOf":"2026-11-24","roles":["service-provider"],"capabilities":["chat"]}""");
        for (JsonNode q : questions) {
            String pointer = q.path("pointer").asText();
            com.fasterxml.jackson.core.JsonPointer p = com.fasterxml.jackson.core.JsonPointer.compile(pointer);
            com.fasterxml.jackson.databind.node.ObjectNode parent = answered.withObject(p.head());
            String field = p.last().getMatchingProperty();
            if (pointer.equals("/personalInformation/individuals")) parent.put(field, 10);
            else if (pointer.endsWith("channels") || pointer.equals("/biometricEditing")) parent.putArray(field);
            else parent.put(field, false);
        }
        JsonNode after = json(post("/v1/evaluations", answered.toString()));
        for (JsonNode o : after.path("obligations")) assertEquals("applies", o.path("status").asText(), o.path("id").asText());
        assertEquals(0, after.path("questions").size());
    }

    @Test
    void a_batch_answers_every_item_in_order_and_a_bad_item_with_its_own_problem() throws Exception {
        String body = "{\"services\": [" + faceSwap() + ", {\"name\": \"broken\", \"roles\": [\"pirate\"]}, "
                + Files.readString(Path.of("facts/app-store.json")) + "]}";
        HttpResponse<String> r = post("/v1/evaluations/batch", body);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode results = json(r).path("results");
        assertEquals(3, results.size());
        assertEquals("FaceFun", results.get(0).path("name").asText());
        assertEquals(400, results.get(1).path("status").asInt());
        assertEquals("/services/1/roles/0", results.get(1).path("errors").get(0).path("pointer").asText());
        assertEquals("AppHarbor", results.get(2).path("name").asText());
    }

    @Test
    void a_batch_over_1000_or_without_services_is_a_400() throws Exception {
        StringBuilder many = new StringBuilder("{\"services\":[");
        for (int i = 0; i < 1001; i++) many.append(i == 0 ? "" : ",").append("{\"name\":\"s").append(i).append("\",\"roles\":[\"app-store\"]}");
        HttpResponse<String> r = post("/v1/evaluations/batch", many.append("]}").toString());
        assertEquals(400, r.statusCode());
        assertEquals("/services", json(r).path("errors").get(0).path("pointer").asText());
        assertEquals(400, post("/v1/evaluations/batch", "{\"items\":[]}").statusCode());
    }

    @Test
    void the_batch_limit_is_configurable() throws Exception {
        Javalin small = ApiServer.create(ServerOptions.of(TestRuleBase::get).withMaxBatch(2)).start("127.0.0.1", 0);
        try {
            String one = "{\"name\":\"s\",\"roles\":[\"app-store\"]}";
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + small.port() + "/v1/evaluations/batch"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"services\":[" + one + "," + one + "," + one + "]}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, r.statusCode());
            assertEquals("at most 2 services, not 3", json(r).path("errors").get(0).path("message").asText());
        } finally {
            small.stop();
        }
    }

    @Test
    void chinese_on_request_for_titles_and_questions_with_citations_unchanged() throws Exception {
        String bare = """
                {"name":"BareBot","asOf":"2026-11-24","roles":["service-provider"],"capabilities":["chat"]}""";
        JsonNode en = json(post("/v1/evaluations", bare));
        JsonNode zh = json(post("/v1/evaluations?lang=zh", bare));
        JsonNode zhHeader = json(post("/v1/evaluations", bare, "Accept-Language", "zh-CN,zh;q=0.9"));
        assertEquals(zh.path("questions"), zhHeader.path("questions"));
        String question = zh.path("questions").get(0).path("question").asText();
        assertTrue(question.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), question);
        assertEquals(en.path("obligations").get(0).path("citations"), zh.path("obligations").get(0).path("citations"));
        for (JsonNode o : zh.path("obligations")) {
            String title = o.path("title").asText() + o.path("summary").asText();
            assertTrue(title.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), o.path("id") + ": " + title);
        }
    }
}
