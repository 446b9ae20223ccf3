package synthlex.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
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

/** The v1 contract against a real server on a free port. */
class ApiTest {
    static Javalin app;
    static HttpClient http = HttpClient.newHttpClient();
    static String base;

    @BeforeAll
    static void start() {
        app = ApiServer.create(TestRuleBase::get).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    record Reply(int status, String contentType, JsonNode body) { }

    static Reply send(String method, String path, String body, String contentType) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (contentType != null) b.header("Content-Type", contentType);
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        String type = r.headers().firstValue("Content-Type").orElse("");
        return new Reply(r.statusCode(), type, r.body().isEmpty() ? null : Json.MAPPER.readTree(r.body()));
    }

    static Reply post(String body) throws Exception {
        return send("POST", "/v1/evaluations", body, "application/json");
    }

    static String faceSwap() throws IOException {
        return Files.readString(Path.of("facts/face-swap-app.json"));
    }

    static JsonNode obligation(JsonNode answer, String list, String id) {
        for (JsonNode o : answer.path(list)) if (o.path("id").asText().equals(id)) return o;
        throw new AssertionError(id + " not in " + list);
    }

    static List<String> pointers(Reply r) {
        List<String> out = new ArrayList<>();
        r.body().path("errors").forEach(e -> out.add(e.path("pointer").asText()));
        return out;
    }

    static void assertProblem(Reply r, int status) {
        assertEquals(status, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals(status, r.body().path("status").asInt());
        assertFalse(r.body().path("type").asText().isEmpty());
        assertFalse(r.body().path("title").asText().isEmpty());
        assertFalse(r.body().toString().contains("Exception"), r.body().toString());
    }

    @Test
    void evaluates_the_face_swap_app_with_verbatim_citations() throws Exception {
        Reply r = post(faceSwap().replace("\"name\": \"FaceFun\",", "\"name\": \"FaceFun\", \"asOf\": \"2024-06-01\","));
        assertEquals(200, r.status());
        assertTrue(r.contentType().startsWith("application/json"));
        assertEquals("FaceFun", r.body().path("name").asText());
        assertEquals("2024-06-01", r.body().path("asOf").asText());
        assertEquals(TestRuleBase.get().version(), r.body().path("ruleBase").path("version").asText());
        JsonNode label = obligation(r.body(), "obligations", "dsp.label.conspicuous.person-image");
        assertEquals("labelling", label.path("kind").asText());
        assertEquals("service-provider", label.path("bearer").asText());
        assertEquals("applies", label.path("status").asText());
        JsonNode c = label.path("citations").get(0);
        assertEquals("deep-synthesis-provisions", c.path("instrument").asText());
        assertEquals(17, c.path("article").asInt());
        assertEquals(1, c.path("paragraph").asInt());
        assertEquals(3, c.path("item").asInt());
        assertEquals("第十七条第一款第（三）项", c.path("pinpoint").asText());
        assertEquals("（三）人脸生成、人脸替换、人脸操控、姿态操控等人物图像、视频生成或者显著改变个人身份特征的编辑服务；", c.path("text").asText());
        assertEquals("2023-01-10", c.path("effective").asText());
        assertEquals("Conspicuous label on synthetic faces", label.path("rule").path("name").asText());
        assertEquals("rules/deep-synthesis.drl", label.path("rule").path("file").asText());
        JsonNode implicit = obligation(r.body(), "obligations", "dsp.label.implicit");
        JsonNode art16 = implicit.path("citations").get(0);
        assertTrue(art16.path("paragraph").isNull(), "single-paragraph article: paragraph is null");
        assertTrue(art16.path("item").isNull());
        for (String id : List.of("dsp.consent.biometric-editing-prompt", "dsp.real-name-verification", "algorithm-filing")) {
            assertEquals("applies", obligation(r.body(), "obligations", id).path("status").asText(), id);
        }
    }

    @Test
    void the_same_service_before_2023_01_10_lists_the_duties_as_upcoming() throws Exception {
        Reply r = post(faceSwap().replace("\"name\": \"FaceFun\",", "\"name\": \"FaceFun\", \"asOf\": \"2022-12-01\","));
        assertEquals(200, r.status());
        JsonNode label = obligation(r.body(), "upcoming", "dsp.label.conspicuous.person-image");
        assertEquals("2023-01-10", label.path("effective").asText());
        for (JsonNode o : r.body().path("obligations")) {
            for (JsonNode c : o.path("citations")) {
                assertFalse(c.path("instrument").asText().equals("deep-synthesis-provisions"), o.path("id").asText());
            }
        }
    }

    @Test
    void an_unknown_boolean_makes_the_obligation_undetermined_with_the_question() throws Exception {
        Reply r = post("""
                {"name":"AskBot","asOf":"2024-05-01","roles":["service-provider"],"capabilities":["chat"],
                 "audience":{"publicInMainlandChina":true},"researchOnly":false}""");
        assertEquals(200, r.status());
        JsonNode filing = obligation(r.body(), "obligations", "algorithm-filing");
        assertEquals("undetermined", filing.path("status").asText());
        assertEquals("[\"/publicOpinion/channels\",\"/publicOpinion/socialMobilisation\"]", filing.path("missing").toString());
        assertEquals("/publicOpinion/channels", filing.path("questions").get(0).path("pointer").asText());
    }

    @Test
    void curl_default_form_content_type_is_accepted() throws Exception {
        assertEquals(200, send("POST", "/v1/evaluations", faceSwap(), "application/x-www-form-urlencoded").status());
    }

    @Test
    void malformed_json_is_a_400_problem() throws Exception {
        Reply r = post("{\"name\": ");
        assertProblem(r, 400);
        assertEquals("Malformed JSON", r.body().path("title").asText());
    }

    @Test
    void every_validation_problem_is_listed_with_the_pointer_of_the_member_itself() throws Exception {
        Reply r = post("""
                {"roles":["service-provider","regulator"],"capabilities":["chat","writing","faceswap"],
                 "colour":"red","asOf":"2023-02-30","informationPublishing":"yes","audience":{"minors":1}}""");
        assertProblem(r, 400);
        assertEquals(List.of("/asOf", "/audience/minors", "/capabilities/2", "/colour", "/informationPublishing", "/name", "/roles/1"), pointers(r));
        JsonNode errors = r.body().path("errors");
        assertEquals("'2023-02-30' is not a calendar date", errors.get(0).path("message").asText());
        assertTrue(errors.get(2).path("message").asText().startsWith("unknown capability 'faceswap'; allowed: chat, writing,"), errors.get(2).toString());
        assertEquals("unknown field 'colour'", errors.get(3).path("message").asText());
        assertEquals("'name' is required", errors.get(5).path("message").asText());
        assertTrue(errors.get(6).path("message").asText().startsWith("unknown role 'regulator'; allowed: service-provider,"), errors.get(6).toString());
    }

    @Test
    void a_wrong_type_and_a_bad_date_format_are_400() throws Exception {
        Reply r = post("""
                {"name":"x","roles":"service-provider","asOf":"01/02/2024"}""");
        assertProblem(r, 400);
        assertEquals(List.of("/asOf", "/roles"), pointers(r));
        assertEquals("must be an array, not 'service-provider'", r.body().path("errors").get(1).path("message").asText());
    }

    @Test
    void a_body_that_is_not_an_object_is_400() throws Exception {
        assertProblem(post("[1,2,3]"), 400);
        assertProblem(post(""), 400);
    }

    @Test
    void nesting_beyond_the_limit_is_a_400_that_names_no_class() throws Exception {
        Reply r = post("{\"name\":\"x\",\"roles\":[\"app-store\"],\"audience\":" + "[".repeat(100) + "]".repeat(100) + "}");
        assertProblem(r, 400);
        assertTrue(r.body().path("errors").get(0).path("message").asText().startsWith("the body exceeds a parser limit (nesting deeper than 32"),
                r.body().toString());
        assertFalse(r.body().toString().contains("StreamReadConstraints"));
    }

    @Test
    void a_body_over_the_limit_is_413() throws Exception {
        String big = "{\"name\":\"" + "x".repeat(1_100_000) + "\",\"roles\":[\"app-store\"]}";
        assertProblem(post(big), 413);
    }

    @Test
    void unknown_route_404_wrong_method_405_wrong_type_415() throws Exception {
        assertProblem(send("GET", "/v1/nothing-here", null, null), 404);
        assertProblem(send("GET", "/v1/evaluations", null, null), 405);
        assertProblem(send("POST", "/v1/evaluations", "<service/>", "application/xml"), 415);
    }

    @Test
    void instruments_are_listed_with_their_metadata() throws Exception {
        Reply r = send("GET", "/v1/instruments", null, null);
        assertEquals(200, r.status());
        JsonNode dsp = null;
        for (JsonNode in : r.body().path("instruments")) if (in.path("id").asText().equals("deep-synthesis-provisions")) dsp = in;
        assertEquals("互联网信息服务深度合成管理规定", dsp.path("title").path("zh").asText());
        assertEquals("2023-01-10", dsp.path("effective").asText());
        assertEquals("2022-11-25", dsp.path("promulgated").asText());
        assertEquals("in-force", dsp.path("status").asText());
        assertTrue(dsp.path("documentNumber").asText().contains("第12号"));
        assertTrue(dsp.path("sourceUrl").asText().startsWith("https://www.cac.gov.cn/"));
    }

    @Test
    void one_instrument_has_every_provision_and_an_unknown_one_is_404() throws Exception {
        Reply r = send("GET", "/v1/instruments/deep-synthesis-provisions", null, null);
        assertEquals(200, r.status());
        JsonNode first = r.body().path("provisions").get(0);
        assertEquals("第一条", first.path("pinpoint").asText());
        assertTrue(r.body().path("provisions").size() > 25);
        assertProblem(send("GET", "/v1/instruments/gdpr", null, null), 404);
    }

    @Test
    void rules_rulebase_schema_and_health() throws Exception {
        Reply rules = send("GET", "/v1/rules", null, null);
        assertEquals(200, rules.status());
        JsonNode first = rules.body().path("rules").get(0);
        assertFalse(first.path("name").asText().isEmpty());
        assertFalse(first.path("file").asText().isEmpty());
        Reply rb = send("GET", "/v1/rulebase", null, null);
        assertEquals(TestRuleBase.get().version(), rb.body().path("version").asText());
        assertEquals(TestRuleBase.get().rules().size(), rb.body().path("counts").path("rules").asInt());
        Reply schema = send("GET", "/v1/schema/service-description", null, null);
        assertEquals(List.of("name", "roles"), Json.MAPPER.convertValue(schema.body().path("required"), List.class));
        Reply health = send("GET", "/health", null, null);
        assertEquals("ok", health.body().path("status").asText());
        assertEquals(TestRuleBase.get().version(), health.body().path("ruleBase").asText());
    }
}
