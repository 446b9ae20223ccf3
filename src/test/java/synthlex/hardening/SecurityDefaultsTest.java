package synthlex.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import synthlex.TestRuleBase;
import synthlex.api.ApiServer;
import synthlex.api.ServerOptions;

class SecurityDefaultsTest {
    static HttpResponse<String> get(Javalin app, String path, String origin) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
        if (origin != null) b.header("Origin", origin);
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void nosniff_and_a_request_id_on_every_response_and_no_cors_by_default() throws Exception {
        Javalin app = ApiServer.create(TestRuleBase::get).start("127.0.0.1", 0);
        try {
            for (String path : List.of("/health", "/v1/nothing")) {
                HttpResponse<String> r = get(app, path, "https://evil.example");
                assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
                assertTrue(r.headers().firstValue("X-Request-Id").isPresent(), path);
                assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), path);
            }
        } finally {
            app.stop();
        }
    }

    @Test
    void cors_only_for_configured_origins() throws Exception {
        Javalin app = ApiServer.create(ServerOptions.of(TestRuleBase::get).withCorsOrigins(List.of("https://app.example.com"))).start("127.0.0.1", 0);
        try {
            assertEquals("https://app.example.com",
                    get(app, "/health", "https://app.example.com").headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            assertTrue(get(app, "/health", "https://evil.example").headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        } finally {
            app.stop();
        }
    }
}
