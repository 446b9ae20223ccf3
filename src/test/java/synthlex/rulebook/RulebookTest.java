package synthlex.rulebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import synthlex.TestRuleBase;
import synthlex.api.ApiServer;

class RulebookTest {
    @Test
    void each_provision_stands_beside_the_rules_that_encode_it_in_plain_words() throws Exception {
        Map<String, String> pages = new Rulebook(TestRuleBase.get(), Path.of("tests-scenarios")).pages();
        assertTrue(pages.keySet().containsAll(java.util.List.of("index.html", "index.md", "deep-synthesis-provisions.html",
                "deep-synthesis-provisions.md", "pipl.html", "generative-ai-measures.html")));
        String md = pages.get("deep-synthesis-provisions.md");
        int item = md.indexOf("### 第十七条第一款第（三）项");
        int next = md.indexOf("### ", item + 5);
        String section = md.substring(item, next);
        assertTrue(section.contains("> （三）人脸生成、人脸替换、人脸操控、姿态操控等人物图像、视频生成或者显著改变个人身份特征的编辑服务；"), section);
        assertTrue(section.contains("`dsp.label.conspicuous.person-image`, labelling, borne by service-provider"), section);
        assertTrue(section.contains("- when the service is classified as: Generates images or video of people, or edits them so identity features change"), section);
        assertTrue(section.contains("tests-scenarios/dsp-face-swap-app.yaml"), section);
        assertTrue(section.contains("- duty (labelling, encoded)"), section);
        String html = pages.get("deep-synthesis-provisions.html");
        assertTrue(html.contains("<blockquote lang=zh>（三）人脸生成"), "verbatim text quoted in the HTML");
        assertTrue(pages.get("index.html").contains("href=\"pipl.html\""));
        assertTrue(pages.get("classification.drl") == null);
    }

    @Test
    void flags_and_capabilities_read_as_words() throws Exception {
        String md = new Rulebook(TestRuleBase.get(), Path.of("tests-scenarios")).pages().get("deep-synthesis-provisions.md");
        assertTrue(md.contains("- when the service informationPublishing is yes (or not yet known)"), "a Flag in plain words");
        assertTrue(md.contains("- when the service has any of the capabilities face-generation, face-swap, pose-editing, digital-human"), "capabilities");
    }

    @Test
    void the_server_serves_it_at_rulebook() throws Exception {
        Javalin app = ApiServer.create(TestRuleBase::get).start("127.0.0.1", 0);
        try {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> index = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/rulebook/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, index.statusCode());
            assertTrue(index.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(index.body().contains("互联网信息服务深度合成管理规定"));
            HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/rulebook/nope.html")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, missing.statusCode());
        } finally {
            app.stop();
        }
    }
}
