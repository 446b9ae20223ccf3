package synthlex.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may write: a bearer token when SYNTHLEX_API_TOKEN is set; without one, loopback only; reads always. */
class RegisterAccessTest {
    @TempDir Path tmp;

    @Test
    void with_a_token_writes_need_it_and_are_recorded_under_its_name() throws Exception {
        try (Fixture f = Fixture.start(tmp, Databases.target("sqlite", tmp), "alice:s3cret-alice,bob:s3cret-bob", "127.0.0.1")) {
            RegisterApiContract.assertProblem(f.send("PUT", "/v1/services/pub", Fixture.PUBLISHER), 401, "unauthorised");
            assertEquals("Bearer", f.send("PUT", "/v1/services/pub", Fixture.PUBLISHER).raw().headers().firstValue("WWW-Authenticate").orElse(null));
            RegisterApiContract.assertProblem(f.send("PUT", "/v1/services/pub", Fixture.PUBLISHER, "Authorization", "Bearer s3cret-carol"), 401, "unauthorised");
            Fixture.Reply ok = f.send("PUT", "/v1/services/pub", Fixture.PUBLISHER, "Authorization", "Bearer s3cret-bob");
            assertEquals(201, ok.status(), ok.body().toString());
            assertEquals("bob", ok.body().path("versions").get(0).path("createdBy").asText());
            Fixture.Reply tracked = f.send("PUT", "/v1/services/pub/obligations/tst.label", "{\"state\":\"done\"}", "authorization", "bearer s3cret-alice");
            assertEquals(200, tracked.status(), tracked.body().toString());
            assertEquals("alice", tracked.body().path("history").get(0).path("who").asText());
            RegisterApiContract.assertProblem(f.send("DELETE", "/v1/services/pub", null, "If-Match", ok.etag()), 401, "unauthorised");
            // reads need no token
            assertEquals(200, f.get("/v1/services/pub").status());
            assertEquals(200, f.get("/v1/changes").status());
            assertEquals("token", f.get("/v1/register").body().path("writes").asText());
        }
    }

    @Test
    void failed_tokens_are_throttled_per_address() throws Exception {
        try (Fixture f = Fixture.start(tmp, Databases.target("sqlite", tmp), "s3cret", "127.0.0.1")) {
            for (int i = 0; i < 5; i++) assertEquals(401, f.send("PUT", "/v1/services/x", Fixture.PUBLISHER, "Authorization", "Bearer no").status());
            Fixture.Reply blocked = f.send("PUT", "/v1/services/x", Fixture.PUBLISHER, "Authorization", "Bearer s3cret");
            RegisterApiContract.assertProblem(blocked, 429, "too-many-requests");
            assertTrue(blocked.raw().headers().firstValue("Retry-After").isPresent());
        }
    }

    @Test
    void without_a_token_a_server_bound_to_loopback_accepts_writes_as_local() throws Exception {
        try (Fixture f = Fixture.start(tmp, Databases.target("sqlite", tmp))) {
            assertEquals(201, f.send("PUT", "/v1/services/pub", Fixture.PUBLISHER).status());
            assertEquals("loopback", f.get("/v1/register").body().path("writes").asText());
        }
    }

    @Test
    void without_a_token_a_server_reachable_from_other_machines_is_read_only() throws Exception {
        try (Fixture f = Fixture.start(tmp, Databases.target("sqlite", tmp), null, "0.0.0.0")) {
            RegisterApiContract.assertProblem(f.send("PUT", "/v1/services/pub", Fixture.PUBLISHER), 403, "read-only");
            RegisterApiContract.assertProblem(f.send("PUT", "/v1/services/pub/obligations/tst.label", "{\"state\":\"done\"}"), 403, "read-only");
            RegisterApiContract.assertProblem(f.send("DELETE", "/v1/services/pub", null, "If-Match", "*"), 403, "read-only");
            assertEquals(200, f.get("/v1/services").status());
            assertEquals("read-only", f.get("/v1/register").body().path("writes").asText());
        }
    }

    @Test
    void a_cross_site_page_cannot_write() throws Exception {
        try (Fixture f = Fixture.start(tmp, Databases.target("sqlite", tmp))) {
            Fixture.Reply r = f.send("PUT", "/v1/services/pub", Fixture.PUBLISHER, "Origin", "https://evil.example");
            assertEquals(403, r.status());
            assertEquals(404, f.get("/v1/services/pub").status());
        }
    }
}
