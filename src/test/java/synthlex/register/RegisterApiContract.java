package synthlex.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register's routes against a real server and a real database: SQLite ({@code RegisterApiSqliteTest}) and
 * PostgreSQL ({@code RegisterApiPostgresTest}, skipped with the reason when none is reachable).
 */
abstract class RegisterApiContract {
    final String vendor;
    @TempDir Path tmp;
    Fixture f;

    RegisterApiContract(String vendor) {
        this.vendor = vendor;
    }


    @BeforeEach
    void start() throws Exception {
        f = Fixture.start(tmp, Databases.target(vendor, tmp));
    }

    @AfterEach
    void stop() {
        if (f != null) {
            f.close();
            f.target.drop();
        }
    }

    static List<String> ids(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(o -> out.add(o.path("id").asText()));
        return out;
    }

    static void assertProblem(Fixture.Reply r, int status, String slug) {
        assertEquals(status, r.status(), String.valueOf(r.body()));
        assertTrue(r.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("urn:synthlex:problem:" + slug, r.body().path("type").asText(), r.body().toString());
        assertEquals(status, r.body().path("status").asInt());
    }

    @Test
    void a_description_is_validated_exactly_like_an_evaluation() throws Exception {
        String bad = "{\"name\":\"\",\"roles\":[\"service-providr\"],\"colour\":1}";
        Fixture.Reply stored = f.send("PUT", "/v1/services/bad", bad);
        Fixture.Reply evaluated = f.send("POST", "/v1/evaluations", bad);
        assertProblem(stored, 400, "invalid-service-description");
        assertEquals(evaluated.body().path("errors"), stored.body().path("errors"));
        assertEquals(evaluated.body().path("title"), stored.body().path("title"));
        assertProblem(f.send("PUT", "/v1/services/bad", "{\"name\": 5"), 400, "malformed-json");
        assertProblem(f.send("PUT", "/v1/services/no%20spaces", Fixture.PUBLISHER), 400, "invalid-service-id");
        assertProblem(f.get("/v1/services/bad"), 404, "unknown-service");
    }

    @Test
    void put_creates_then_updates_only_with_the_current_etag() throws Exception {
        Fixture.Reply created = f.send("PUT", "/v1/services/pub", Fixture.PUBLISHER);
        assertEquals(201, created.status());
        assertEquals("/v1/services/pub", created.raw().headers().firstValue("Location").orElse(null));
        String etag = created.etag();
        assertTrue(etag.matches("\"[0-9a-f]{8}-1\""), etag);
        assertEquals(List.of("tst.filing", "tst.label"), ids(created.body().path("answer").path("obligations")));

        String v2 = Fixture.PUBLISHER.replace("\"Publisher\"", "\"Publisher 2\"");
        assertProblem(f.send("PUT", "/v1/services/pub", v2), 428, "precondition-required");
        assertProblem(f.send("PUT", "/v1/services/pub", v2, "If-Match", "\"nope-1\""), 412, "precondition-failed");
        assertProblem(f.send("PUT", "/v1/services/pub", v2, "If-None-Match", "*"), 412, "precondition-failed");
        assertProblem(f.send("PUT", "/v1/services/other", v2, "If-Match", etag), 412, "precondition-failed");
        assertProblem(f.send("PUT", "/v1/services/pub", v2, "If-Match", "W/" + etag), 412, "precondition-failed");

        Fixture.Reply updated = f.send("PUT", "/v1/services/pub", v2, "If-Match", etag);
        assertEquals(200, updated.status());
        String etag2 = updated.etag();
        assertNotEquals(etag, etag2);
        assertEquals(2, updated.body().path("version").asInt());
        assertProblem(f.send("PUT", "/v1/services/pub", Fixture.PUBLISHER, "If-Match", etag), 412, "precondition-failed");

        // the same description again stores no new version
        Fixture.Reply same = f.send("PUT", "/v1/services/pub", v2, "If-Match", etag2);
        assertEquals(200, same.status());
        assertEquals(etag2, same.etag());

        Fixture.Reply got = f.get("/v1/services/pub");
        assertEquals(etag2, got.etag());
        assertEquals("Publisher 2", got.body().path("description").path("name").asText());
        assertEquals(2, got.body().path("versions").size());
        assertEquals("local", got.body().path("versions").get(0).path("createdBy").asText());
        assertEquals("Publisher", f.get("/v1/services/pub/versions/1").body().path("name").asText());
        assertProblem(f.get("/v1/services/pub/versions/3"), 404, "unknown-version");
        assertEquals("2030-06-01", got.body().path("answer").path("asOf").asText());

        // the full answer, evaluated now, quotes the law verbatim
        Fixture.Reply answer = f.get("/v1/services/pub/answer");
        assertEquals(200, answer.status());
        assertEquals("Publisher 2", answer.body().path("name").asText());
        for (JsonNode o : answer.body().path("obligations")) {
            if (o.path("id").asText().equals("tst.label")) assertEquals("提供服务，应当标识。", o.path("citations").get(0).path("text").asText());
        }
        assertEquals(java.util.Set.of("tst.filing", "tst.label"), new java.util.HashSet<>(ids(answer.body().path("obligations"))));
        // ?citations=ref as for an evaluation: each provision once, under provisions
        JsonNode byRef = f.get("/v1/services/pub/answer?citations=ref").body();
        assertEquals(answer.body().path("obligations"), synthlex.json.Refs.resolved(byRef).path("obligations"));
        assertTrue(answer.body().path("provisions").isMissingNode());
        assertFalse(byRef.path("provisions").isEmpty(), byRef.toString());
        Fixture.Reply bogus = f.get("/v1/services/pub/answer?citations=bogus");
        assertProblem(bogus, 400, "invalid-query");
        assertEquals("citations", bogus.body().path("errors").get(0).path("pointer").asText());
    }

    @Test
    void the_list_counts_each_service_by_status_and_state() throws Exception {
        f.create("pub", Fixture.PUBLISHER);
        f.create("unsure", Fixture.UNSURE);
        f.create("store", Fixture.STORE);
        f.send("PUT", "/v1/services/pub/obligations/tst.label", "{\"state\":\"done\",\"evidence\":\"https://wiki.example/label\"}");
        JsonNode list = f.get("/v1/services").body().path("services");
        assertEquals(List.of("pub", "store", "unsure"), ids(list));
        assertEquals("{\"applies\":2,\"undetermined\":0,\"upcoming\":0}", list.get(0).path("counts").toString());
        assertEquals("{\"todo\":1,\"in-progress\":0,\"done\":1,\"not-applicable\":0}", list.get(0).path("states").toString());
        assertEquals("{\"applies\":0,\"undetermined\":0,\"upcoming\":0}", list.get(1).path("counts").toString());
        assertEquals("{\"applies\":1,\"undetermined\":1,\"upcoming\":0}", list.get(2).path("counts").toString());
        assertEquals(f.holder.get().version(), list.get(2).path("ruleBase").path("version").asText());
        assertTrue(list.get(2).path("nextDue").isNull()); // the answer has no due dates yet

        JsonNode page = f.get("/v1/services?limit=2").body();
        assertEquals(List.of("pub", "store"), ids(page.path("services")));
        assertEquals("store", page.path("next").asText());
        assertEquals(List.of("unsure"), ids(f.get("/v1/services?limit=2&after=store").body().path("services")));
        assertProblem(f.get("/v1/services?limit=x"), 400, "invalid-query");
    }

    @Test
    void delete_needs_the_etag_and_leaves_the_feed() throws Exception {
        String etag = f.create("pub", Fixture.PUBLISHER);
        f.send("PUT", "/v1/services/pub/obligations/tst.label", "{\"state\":\"done\"}");
        assertProblem(f.send("DELETE", "/v1/services/pub", null), 428, "precondition-required");
        assertProblem(f.send("DELETE", "/v1/services/pub", null, "If-Match", "\"x-1\""), 412, "precondition-failed");
        assertEquals(204, f.send("DELETE", "/v1/services/pub", null, "If-Match", etag).status());
        assertProblem(f.get("/v1/services/pub"), 404, "unknown-service");
        JsonNode changes = f.get("/v1/changes").body().path("changes");
        assertEquals(List.of("service-added", "service-deleted"), changes.findValuesAsText("kind"));
        // a new service under the old id does not accept the old ETag
        String again = f.create("pub", Fixture.PUBLISHER);
        assertNotEquals(etag, again);
        assertEquals("todo", f.get("/v1/services/pub/obligations/tst.label").body().path("tracking").path("state").asText());
    }

    @Test
    void tracking_keeps_every_change_with_who_when_from_and_to() throws Exception {
        f.create("pub", Fixture.PUBLISHER);
        String path = "/v1/services/pub/obligations/tst.filing";
        Fixture.Reply first = f.send("PUT", path, "{\"state\":\"in-progress\",\"note\":\"form drafted\"}");
        assertEquals(200, first.status(), first.body().toString());
        assertEquals("\"t1\"", first.etag());
        assertProblem(f.send("PUT", path, "{\"state\":\"not-applicable\"}"), 400, "invalid-tracking-state");
        Fixture.Reply noReason = f.send("PUT", path, "{\"state\":\"not-applicable\",\"evidence\":\"ftp://x\",\"colour\":1}");
        assertEquals(List.of("/colour", "/reason", "/evidence"), noReason.body().path("errors").findValuesAsText("pointer"));
        assertProblem(f.send("PUT", path, "{\"state\":\"finished\"}"), 400, "invalid-tracking-state");
        assertProblem(f.send("PUT", path, "{\"state\":\"done\"}", "If-Match", "\"t0\""), 412, "precondition-failed");
        assertProblem(f.send("PUT", "/v1/services/pub/obligations/tst.nothing", "{\"state\":\"done\"}"), 404, "unknown-obligation");
        assertProblem(f.send("PUT", "/v1/services/none/obligations/tst.label", "{\"state\":\"done\"}"), 404, "unknown-service");
        Fixture.Reply na = f.send("PUT", path, "{\"state\":\"not-applicable\",\"reason\":\"we do not publish\"}", "If-Match", "\"t1\"");
        assertEquals(200, na.status(), na.body().toString());

        JsonNode view = f.get(path).body();
        assertEquals("not-applicable", view.path("tracking").path("state").asText());
        assertEquals("we do not publish", view.path("tracking").path("reason").asText());
        assertEquals("\"t2\"", view.path("tracking").path("etag").asText());
        JsonNode history = view.path("history");
        assertEquals(2, history.size());
        assertEquals("todo", history.get(0).path("from").asText());
        assertEquals("in-progress", history.get(0).path("to").asText());
        assertEquals("form drafted", history.get(0).path("note").asText());
        assertEquals("in-progress", history.get(1).path("from").asText());
        assertEquals("not-applicable", history.get(1).path("to").asText());
        for (JsonNode h : history) {
            assertEquals("local", h.path("who").asText());
            assertEquals("2030-06-01T00:00:00.000Z", h.path("at").asText());
        }
        JsonNode item = f.get("/v1/services/pub").body().path("answer").path("obligations").get(0);
        assertEquals("tst.filing", item.path("id").asText());
        assertEquals("not-applicable", item.path("tracking").path("state").asText());
    }

    @Test
    void nothing_is_lost_across_a_restart() throws Exception {
        String etag = f.create("pub", Fixture.PUBLISHER);
        f.create("unsure", Fixture.UNSURE);
        f.send("PUT", "/v1/services/pub", Fixture.PUBLISHER.replace("Publisher", "Publisher 2"), "If-Match", etag);
        f.send("PUT", "/v1/services/pub/obligations/tst.label", "{\"state\":\"done\",\"note\":\"labels live\"}");
        JsonNode pub = f.get("/v1/services/pub").body();
        JsonNode list = f.get("/v1/services").body();
        JsonNode changes = f.get("/v1/changes").body();
        JsonNode tracking = f.get("/v1/services/pub/obligations/tst.label").body();

        f = f.restart(tmp);
        f.awaitIdle();
        assertEquals(pub, f.get("/v1/services/pub").body());
        assertEquals(list, f.get("/v1/services").body());
        assertEquals(changes, f.get("/v1/changes").body());
        assertEquals(tracking, f.get("/v1/services/pub/obligations/tst.label").body());
    }

    @Test
    void sixteen_clients_editing_one_service_lose_no_update() throws Exception {
        f.create("shared", Fixture.PUBLISHER);
        int clients = 16, edits = 4;
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger conflicts = new java.util.concurrent.atomic.AtomicInteger();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                try {
                    for (int e = 0; e < edits; e++) {
                        while (true) { // read, change, write with If-Match; on 412 read again
                            Fixture.Reply current = f.get("/v1/services/shared");
                            String body = Fixture.PUBLISHER.replace("\"Publisher\"", "\"client " + client + " edit " + e + "\"");
                            Fixture.Reply put = f.send("PUT", "/v1/services/shared", body, "If-Match", current.etag());
                            if (put.status() == 200) break;
                            if (put.status() != 412) throw new AssertionError(put.status() + " " + put.body());
                            conflicts.incrementAndGet();
                        }
                    }
                } catch (Throwable t) {
                    failures.add(t);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) t.join();
        assertEquals(List.of(), failures);
        JsonNode service = f.get("/v1/services/shared").body();
        assertEquals(1 + clients * edits, service.path("version").asInt());
        List<String> names = new ArrayList<>();
        for (int v = 2; v <= 1 + clients * edits; v++) names.add(f.get("/v1/services/shared/versions/" + v).body().path("name").asText());
        for (int c = 0; c < clients; c++) {
            for (int e = 0; e < edits; e++) {
                String name = "client " + c + " edit " + e;
                assertEquals(1, names.stream().filter(name::equals).count(), name);
            }
        }
        assertTrue(conflicts.get() > 0, "16 clients never collided: the test proved nothing");
    }

    @Test
    void upcoming_lists_law_coming_into_force_within_the_window() throws Exception {
        MiniRulesChange.addShowNumber(f);
        f.create("pub", Fixture.PUBLISHER);
        f.create("store", Fixture.STORE);
        // today is 2030-06-01; TST Art. 2(2) comes into force 2031-01-01, 214 days later
        assertEquals(0, f.get("/v1/upcoming?days=213").body().path("upcoming").size());
        JsonNode upcoming = f.get("/v1/upcoming?days=214").body();
        assertEquals("2030-06-01", upcoming.path("from").asText());
        assertEquals(1, upcoming.path("upcoming").size());
        JsonNode item = upcoming.path("upcoming").get(0);
        assertEquals("2031-01-01", item.path("date").asText());
        assertEquals("in-force", item.path("what").asText());
        assertEquals("pub", item.path("serviceId").asText());
        assertEquals("tst.show-number", item.path("obligationId").asText());
        assertEquals("todo", item.path("state").asText());
        assertProblem(f.get("/v1/upcoming?days=-1"), 400, "invalid-query");
    }

    @Test
    void a_rule_change_produces_exactly_the_expected_change_records() throws Exception {
        f.create("pub", Fixture.PUBLISHER);
        f.create("unsure", Fixture.UNSURE);
        f.create("store", Fixture.STORE);
        f.send("PUT", "/v1/services/pub/obligations/tst.label", "{\"state\":\"done\"}");
        f.send("PUT", "/v1/services/pub/obligations/tst.filing", "{\"state\":\"in-progress\"}");
        f.send("PUT", "/v1/services/unsure/obligations/tst.label", "{\"state\":\"done\"}");
        long cursor = f.get("/v1/changes").body().path("next").asLong();

        // the lawyers' change: the label also cites Art. 2(1), filing is dropped, showing the number (in force 2031) is added
        MiniRulesChange.reload(f, Fixture.LABEL.replace("@cites(\"TST Art. 1\")", "@cites(\"TST Art. 1; TST Art. 2(1)\")")
                + Fixture.SHOW_NUMBER, "label", "tst.label");
        f.awaitIdle();

        JsonNode feed = f.get("/v1/changes?since=" + cursor).body();
        List<String> got = new ArrayList<>();
        for (JsonNode c : feed.path("changes")) {
            assertEquals("rules", c.path("cause").asText());
            assertEquals(f.holder.get().version(), c.path("ruleBase").asText());
            got.add(c.path("serviceId").asText() + " " + c.path("kind").asText() + " " + c.path("obligationId").asText()
                    + (c.has("citations") ? " " + c.path("citations") : ""));
        }
        assertEquals(List.of(
                "pub obligation-removed tst.filing",
                "pub citations-gained tst.label [\"Test Measures Art. 2(1)\"]",
                "pub review-needed tst.label",
                "pub upcoming-added tst.show-number [\"Test Measures Art. 2(2)\"]",
                "unsure obligation-removed tst.filing",
                "unsure citations-gained tst.label [\"Test Measures Art. 2(1)\"]",
                "unsure review-needed tst.label",
                "unsure upcoming-added tst.show-number [\"Test Measures Art. 2(2)\"]"), got);
        assertEquals(feed.path("changes").get(7).path("id").asLong(), feed.path("next").asLong());
        assertEquals(0, f.get("/v1/changes?since=" + feed.path("next").asLong()).body().path("changes").size());

        // tracked states survived; the done label is flagged for review; filing's state is kept apart
        JsonNode pub = f.get("/v1/services/pub").body();
        JsonNode label = pub.path("answer").path("obligations").get(0);
        assertEquals("tst.label", label.path("id").asText());
        assertEquals("done", label.path("tracking").path("state").asText());
        assertTrue(label.path("tracking").path("review").asBoolean());
        assertEquals(List.of("tst.label"), ids(pub.path("answer").path("obligations")));
        assertEquals("tst.filing", pub.path("retired").get(0).path("obligationId").asText());
        assertEquals("in-progress", pub.path("retired").get(0).path("state").asText());
        assertEquals(1, f.get("/v1/services").body().path("services").get(0).path("review").asInt());

        // looking at it again clears the flag; a second reload with nothing new writes nothing
        f.send("PUT", "/v1/services/pub/obligations/tst.label", "{\"state\":\"done\",\"note\":\"checked Art. 2(1)\"}");
        assertFalse(f.get("/v1/services/pub/obligations/tst.label").body().path("tracking").path("review").asBoolean());
        long after = f.get("/v1/changes").body().path("next").asLong();
        MiniRulesChange.reload(f, Fixture.LABEL.replace("@cites(\"TST Art. 1\")", "@cites(\"TST Art. 1; TST Art. 2(1)\")")
                + Fixture.SHOW_NUMBER.replace("Show the filing number.", "Show the filing number.") + "\n// touched\n", "label", "tst.label");
        f.awaitIdle();
        assertEquals(0, f.get("/v1/changes?since=" + after).body().path("changes").size());
        assertEquals("rules", f.register.status().path("reevaluation").path("last").path("cause").asText());
    }

    @Test
    void the_daily_run_is_written_once_a_day_however_many_servers_ask() throws Exception {
        f.create("pub", Fixture.PUBLISHER);
        java.time.LocalDate day = java.time.LocalDate.of(2030, 6, 2);
        f.register.watch().daily(day);
        f.register.watch().daily(day); // a second server at the same midnight
        f.awaitIdle();
        assertEquals(1L, (long) f.db.read(c -> Store.scalarLong(c, "SELECT COUNT(*) FROM reevaluations WHERE run_key = ?", "daily:" + day)));
        JsonNode last = f.register.status().path("reevaluation").path("last");
        assertEquals("daily", last.path("cause").asText());
        assertEquals(1, last.path("services").asInt());
    }

    @Test
    void a_fact_that_becomes_unknown_is_reported_as_newly_undetermined() throws Exception {
        String etag = f.create("pub", Fixture.PUBLISHER);
        long cursor = f.get("/v1/changes").body().path("next").asLong();
        f.send("PUT", "/v1/services/pub", Fixture.UNSURE.replace("Unsure", "Publisher"), "If-Match", etag);
        JsonNode changes = f.get("/v1/changes?since=" + cursor).body().path("changes");
        assertEquals(1, changes.size(), changes.toString());
        assertEquals("now-undetermined", changes.get(0).path("kind").asText());
        assertEquals("tst.filing", changes.get(0).path("obligationId").asText());
        assertEquals("description", changes.get(0).path("cause").asText());
        assertEquals("[\"/informationPublishing\"]", changes.get(0).path("missing").toString());
    }
}
