package synthlex.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import synthlex.MiniRules;
import synthlex.json.Json;

/**
 * A {@code kill -9} in the middle of a re-evaluation leaves the register consistent, and the next
 * start completes it: the server runs as its own process ({@code serve --watch}), a rule change
 * starts a run over many stored services (on three workers), an evaluation request is answered
 * while it runs, and the process is killed once part of them are done.
 */
abstract class RegisterCrashContract {
    static final int SERVICES = 1200;

    final String vendor;
    @TempDir Path tmp;
    Databases.Target target;
    Process process;
    final HttpClient http = HttpClient.newHttpClient();
    final StringBuilder log = new StringBuilder();

    RegisterCrashContract(String vendor) {
        this.vendor = vendor;
    }


    @AfterEach
    void stop() {
        if (process != null) process.destroyForcibly();
        if (target != null) target.drop();
    }

    @Test
    void a_kill_in_the_middle_of_a_re_evaluation_leaves_every_service_whole_and_the_next_start_completes_it() throws Exception {
        target = Databases.target(vendor, tmp);
        Path rules = MiniRules.create(tmp);
        MiniRules.write(rules, "x.drl", Fixture.LABEL + Fixture.FILING);
        Files.createDirectories(tmp.resolve("tests-scenarios"));
        Fixture.scenario(tmp, "label", "tst.label");
        Fixture.scenario(tmp, "filing", "tst.filing");

        int port = start(true);
        String oldVersion = store(port);

        // the change: filing is dropped; --watch notices it and the run starts in the background
        MiniRules.write(rules, "x.drl", Fixture.LABEL);
        Files.delete(tmp.resolve("tests-scenarios/filing.yaml"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            JsonNode running = get(port, "/v1/register").path("reevaluation").path("running");
            if (running.path("services").asInt() >= ChangeWatch.BATCH) break;
            if (System.nanoTime() > deadline) throw new AssertionError("the re-evaluation never got going");
            Thread.sleep(5);
        }
        // requests are answered while the run goes on (its evaluations take turns in the same CPU slots)
        HttpResponse<String> answered = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/evaluations"))
                .POST(HttpRequest.BodyPublishers.ofString(Fixture.PUBLISHER)).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answered.statusCode(), answered.body());
        process.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));

        String newVersion;
        try (Database db = target.open()) {
            newVersion = db.read(c -> {
                try (var st = c.prepareStatement("SELECT rule_base FROM reevaluations WHERE cause = 'rules'"); var rs = st.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            long done = count(db, "SELECT COUNT(*) FROM services WHERE rule_base = ?", newVersion);
            assertTrue(done > 0 && done < SERVICES, "killed mid-run: " + done + " of " + SERVICES + " done (raise SERVICES if the run beat the kill)");
            assertEquals(SERVICES - done, count(db, "SELECT COUNT(*) FROM services WHERE rule_base = ?", oldVersion));
            // each service whole: re-evaluated ones lost filing and have their one change record; the others are untouched
            assertEquals(0, count(db, "SELECT COUNT(*) FROM services s JOIN obligations o ON o.service_id = s.id"
                    + " WHERE s.rule_base = ? AND o.obligation_id = 'tst.filing'", newVersion));
            assertEquals(SERVICES - done, count(db, "SELECT COUNT(*) FROM services s JOIN obligations o ON o.service_id = s.id"
                    + " WHERE s.rule_base = ? AND o.obligation_id = 'tst.filing'", oldVersion));
            assertEquals(done, count(db, "SELECT COUNT(*) FROM changes WHERE cause = 'rules' AND kind = 'obligation-removed'"));
            assertEquals(done, count(db, "SELECT COUNT(*) FROM changes WHERE cause = 'rules'"));
            assertEquals(1, count(db, "SELECT COUNT(*) FROM reevaluations WHERE finished_at IS NULL"));
        }

        // the next start finds the unfinished run and completes it for the services still behind
        port = start(false);
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!get(port, "/v1/register").path("reevaluation").path("idle").asBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("not completed: " + get(port, "/v1/register") + "\n" + log);
            Thread.sleep(50);
        }
        try (Database db = target.open()) {
            assertEquals(SERVICES, count(db, "SELECT COUNT(*) FROM services WHERE rule_base = ?", newVersion), log.toString());
            assertEquals(0, count(db, "SELECT COUNT(*) FROM obligations WHERE obligation_id = 'tst.filing'"));
            assertEquals(SERVICES, count(db, "SELECT COUNT(*) FROM changes WHERE cause = 'rules'"));
            assertEquals(SERVICES, count(db, "SELECT COUNT(DISTINCT service_id) FROM changes WHERE cause = 'rules'"));
            assertEquals(0, count(db, "SELECT COUNT(*) FROM reevaluations WHERE finished_at IS NULL"));
            assertEquals(1, count(db, "SELECT COUNT(*) FROM reevaluations")); // resumed, not started again
        }
    }

    /** Stores the services over HTTP, four clients at once; returns the rule-base version they were answered by. */
    private String store(int port) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> puts = new ArrayList<>();
            for (int i = 0; i < SERVICES; i++) {
                String id = String.format("s%05d", i);
                String body = (i % 2 == 0 ? Fixture.PUBLISHER : Fixture.UNSURE).replace("\"name\":\"", "\"name\":\"" + id + " ");
                puts.add(clients.submit(() -> {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/services/" + id))
                            .PUT(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 201) throw new AssertionError(r.statusCode() + " " + r.body());
                    return Json.MAPPER.readTree(r.body()).path("answer").path("ruleBase").path("version").asText();
                }));
            }
            String version = null;
            for (Future<String> f : puts) version = f.get();
            return version;
        } finally {
            clients.shutdown();
        }
    }

    private int start(boolean watch) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dsynthlex.register.workers=3", // several workers whatever the machine: the crash hits a parallel run
                "-cp", System.getProperty("java.class.path"), "synthlex.cli.Main", "serve", "--port", "0",
                "--rules", tmp.resolve("rules").toString(), "--scenarios", tmp.resolve("tests-scenarios").toString(),
                "--database", target.spec()));
        if (watch) command.add("--watch");
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Pattern serving = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+)/");
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = out.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher m = serving.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { synchronized (log) { log.append(l).append('\n'); } }));
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("server did not start:\n" + seen);
    }

    private JsonNode get(int port, String path) throws Exception {
        return Json.MAPPER.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    private static long count(Database db, String sql, Object... args) {
        return db.read(c -> Store.scalarLong(c, sql, args));
    }
}
