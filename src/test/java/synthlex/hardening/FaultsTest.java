package synthlex.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import synthlex.MiniRules;
import synthlex.rules.RuleBaseException;
import synthlex.rules.RuleBaseLoader;

/** Faults a deployment meets: broken rule directories and sources, and SIGTERM under load. */
class FaultsTest {
    @Test
    void rules_path_that_is_a_file_is_a_clear_error(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("rules"), "not a directory");
        RuleBaseException e = assertThrows(RuleBaseException.class, () -> RuleBaseLoader.load(file));
        assertEquals(List.of("rules: rules directory not found at " + file), e.problems());
    }

    @Test
    void a_corrupt_source_file_names_the_file_and_the_problem(@TempDir Path tmp) throws IOException {
        Path rules = MiniRules.create(tmp);
        Files.writeString(rules.resolve("sources/test-measures.yaml"), "id: test-measures\nprovisions: [ {article: 1, text: \"unterminated\n");
        RuleBaseException e = assertThrows(RuleBaseException.class, () -> RuleBaseLoader.load(rules));
        assertTrue(e.problems().get(0).startsWith("rules/sources/test-measures.yaml: cannot read: "), e.problems().toString());
    }

    @Test
    void a_missing_full_text_is_reported(@TempDir Path tmp) throws IOException {
        Path rules = MiniRules.create(tmp);
        Files.delete(rules.resolve("sources/test-measures.zh.txt"));
        RuleBaseException e = assertThrows(RuleBaseException.class, () -> RuleBaseLoader.load(rules));
        assertTrue(e.problems().get(0).startsWith("rules/sources/test-measures.yaml: full text test-measures.zh.txt cannot be read"), e.problems().toString());
    }

    @Test
    void sigterm_lets_requests_in_flight_finish_and_exits_0() throws Exception {
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "synthlex.cli.Main", "serve", "--port", "0")
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String line;
            int port = -1;
            Pattern serving = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+)/");
            while ((line = out.readLine()) != null) {
                Matcher m = serving.matcher(line);
                if (m.find()) {
                    port = Integer.parseInt(m.group(1));
                    break;
                }
            }
            assertTrue(port > 0, "server did not start");
            String service = Files.readString(Path.of("facts/face-swap-app.json"));
            String batch = "{\"services\":[" + String.join(",", java.util.Collections.nCopies(150, service)) + "]}";
            CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient().sendAsync(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/evaluations/batch"))
                            .POST(HttpRequest.BodyPublishers.ofString(batch)).build(), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(300);
            server.destroy(); // SIGTERM
            HttpResponse<String> r = inFlight.get(60, TimeUnit.SECONDS);
            assertEquals(200, r.statusCode());
            assertTrue(r.body().startsWith("{\"results\":["));
            assertTrue(server.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, server.exitValue());
        } finally {
            server.destroyForcibly();
        }
    }
}
