package synthlex.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import synthlex.TestRuleBase;
import synthlex.api.ApiServer;
import synthlex.api.ServerOptions;

/** Issue 14 items 4 and 5 (R7, R8, R9, R13, R14, R15): raw requests over real sockets. */
class LocalSafetyTest {
    static final String BODY = "{\"name\":\"X\",\"roles\":[\"service-provider\"],\"capabilities\":[\"chat\"]}";

    static String send(Javalin app, String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", app.port())) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String post(Javalin app, String path, String headers, String body) throws Exception {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        return send(app, "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + headers
                + "Content-Length: " + b.length + "\r\n\r\n" + body);
    }

    static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    static void assertProblem(String response, int status) {
        assertEquals(status, status(response), response);
        assertTrue(response.toLowerCase().contains("content-type: application/problem+json"), response);
    }

    static Javalin start(ServerOptions options) {
        return ApiServer.create(options).start("127.0.0.1", 0);
    }

    @Test
    void content_types_are_parsed_exactly() throws Exception {
        Javalin app = start(ServerOptions.of(TestRuleBase::get));
        try {
            assertEquals(200, status(post(app, "/v1/evaluations", "Content-Type: application/json\r\n", BODY)));
            assertEquals(200, status(post(app, "/v1/evaluations", "Content-Type: application/json; charset=UTF-8\r\n", BODY)));
            assertEquals(200, status(post(app, "/v1/evaluations", "Content-Type: application/vnd.x+json\r\n", BODY)));
            assertEquals(200, status(post(app, "/v1/evaluations", "Content-Type: application/x-www-form-urlencoded\r\n", BODY)));
            assertProblem(post(app, "/v1/evaluations", "Content-Type: application/json; charset=bogus-xyz\r\n", BODY), 415); // R7
            assertProblem(post(app, "/v1/evaluations", "Content-Type: application/json; charset=iso-8859-1\r\n", BODY), 415);
            assertProblem(post(app, "/v1/evaluations", "Content-Type: text/html; x=+json\r\n", BODY), 415); // R15
            assertProblem(post(app, "/v1/evaluations", "Content-Type: text/plain+json\r\n", BODY), 415);
            assertProblem(post(app, "/v1/evaluations", "Content-Type: application/json\r\nContent-Encoding: gzip\r\n", BODY), 415); // R14
            assertProblem(post(app, "/v1/timelines", "Content-Type: application/json; charset=bogus\r\n", "{}"), 415);
        } finally {
            app.stop();
        }
    }

    @Test
    void a_number_out_of_range_names_its_member() throws Exception { // R9
        Javalin app = start(ServerOptions.of(TestRuleBase::get));
        try {
            String body = "{\"name\":\"X\",\"roles\":[\"service-provider\"],\"capabilities\":[\"chat\"],"
                    + "\"personalInformation\":{\"individuals\":9223372036854775808}}";
            String r = post(app, "/v1/evaluations", "Content-Type: application/json\r\n", body);
            assertProblem(r, 400);
            assertTrue(r.contains("\"/personalInformation/individuals\""), r);
            for (String n : List.of("1.0", "1e-400", "18446744073709551616")) {
                String f = post(app, "/v1/evaluations", "Content-Type: application/json\r\n", body.replace("9223372036854775808", n));
                assertProblem(f, 400);
                assertTrue(f.contains("\"/personalInformation/individuals\""), f);
            }
        } finally {
            app.stop();
        }
    }

    @Test
    void cross_origin_posts_and_foreign_hosts_are_refused() throws Exception { // R8
        Javalin app = start(ServerOptions.of(TestRuleBase::get).withCorsOrigins(List.of("https://app.example.com")));
        try {
            String form = "Content-Type: application/x-www-form-urlencoded\r\n";
            assertProblem(post(app, "/v1/evaluations", form + "Origin: https://evil.example\r\n", BODY), 403);
            assertProblem(post(app, "/v1/evaluations", "Content-Type: application/json\r\nOrigin: https://evil.example\r\n", BODY), 403);
            assertProblem(post(app, "/v1/evaluations", "Content-Type: application/json\r\nOrigin: null\r\n", BODY), 403);
            assertProblem(post(app, "/v1/evaluations", "Content-Type: application/json\r\nSec-Fetch-Site: cross-site\r\n", BODY), 403);
            String okPost = post(app, "/v1/evaluations", "Content-Type: application/json\r\nOrigin: http://127.0.0.1\r\n", BODY);
            assertEquals(200, status(okPost), okPost);
            assertEquals(200, status(post(app, "/v1/evaluations", "Content-Type: application/json\r\nOrigin: https://app.example.com\r\n", BODY)));
            // DNS rebinding: the page's own origin, but a host name this server was not bound to
            String rebound = send(app, "GET /health HTTP/1.1\r\nHost: evil.example:" + app.port() + "\r\nConnection: close\r\n\r\n");
            assertProblem(rebound, 403);
            for (String host : List.of("localhost", "127.0.0.1", "LOCALHOST")) {
                String ok = send(app, "GET /health HTTP/1.1\r\nHost: " + host + ":" + app.port() + "\r\nConnection: close\r\n\r\n");
                assertEquals(200, status(ok), host);
            }
        } finally {
            app.stop();
        }
        Javalin named = start(ServerOptions.of(TestRuleBase::get).withAllowedHosts(List.of("synthlex.internal")));
        try {
            assertEquals(200, status(send(named, "GET /health HTTP/1.1\r\nHost: synthlex.internal\r\nConnection: close\r\n\r\n")));
        } finally {
            named.stop();
        }
    }

    @Test
    void jettys_own_errors_are_problem_json() throws Exception { // R13
        Javalin app = start(ServerOptions.of(TestRuleBase::get));
        try {
            String big = "x".repeat(20_000);
            assertProblem(send(app, "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + big + "\r\nConnection: close\r\n\r\n"), 431);
            String uri = "/health?" + "a".repeat(100_000);
            int s = status(send(app, "GET " + uri + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
            assertTrue(s == 414 || s == 431, "status " + s);
            assertProblem(send(app, "GET " + uri + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), s);
            assertProblem(send(app, "GET /%00 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), 400);
            assertProblem(send(app, "GET /../etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), 400);
            assertProblem(send(app, "GET /health HTTP/1.1\r\nConnection: close\r\n\r\n"), 400); // no Host
            String head = send(app, "HEAD /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertEquals(200, status(head), head);
            assertTrue(head.toLowerCase().contains("content-type: application/json"), head);
            String options = send(app, "OPTIONS /v1/evaluations HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertTrue(status(options) < 300 || options.toLowerCase().contains("content-type: application/problem+json"), options);
        } finally {
            app.stop();
        }
    }

    @Test
    void bearer_is_case_insensitive_and_failed_tokens_are_throttled() throws Exception { // R16
        synthlex.reload.RuleBaseHolder holder = new synthlex.reload.RuleBaseHolder(TestRuleBase.get(),
                java.nio.file.Path.of("rules"), java.nio.file.Path.of("tests-scenarios"));
        Javalin app = start(ServerOptions.of(holder, "s3cret", null, false, ServerOptions.DEFAULT_MAX_BODY_BYTES));
        try {
            assertEquals(200, status(post(app, "/v1/rulebase/reload", "Authorization: bearer s3cret\r\n", "")));
            for (int i = 0; i < 5; i++) assertProblem(post(app, "/v1/rulebase/reload", "Authorization: Bearer wrong" + i + "\r\n", ""), 401);
            String throttled = post(app, "/v1/rulebase/reload", "Authorization: Bearer s3cret\r\n", "");
            assertProblem(throttled, 429);
            assertTrue(throttled.toLowerCase().matches("(?s).*\r\nretry-after: [1-9][0-9]*\r\n.*"), throttled);
        } finally {
            app.stop();
        }
    }
}
