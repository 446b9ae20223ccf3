package synthlex.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import synthlex.json.Json;
import synthlex.reload.ReloadOutcome;

/**
 * POST /v1/rulebase/reload, authorised by the bearer token given in SYNTHLEX_ADMIN_TOKEN. Without
 * a configured token the route does not exist. Nothing over HTTP can write rule files: reload only
 * reads what is already on disk.
 */
final class AdminRoutes {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AdminRoutes.class);
    /** Failed tokens allowed per client address in a window, before 429 (finding R16). */
    static final int MAX_FAILURES = 5;
    static final long WINDOW_MILLIS = 60_000;

    private final ServerOptions options;
    private final java.util.Map<String, java.util.ArrayDeque<Long>> failures = new java.util.HashMap<>();

    AdminRoutes(ServerOptions options) {
        this.options = options;
    }

    void reload(Context ctx) {
        if (options.adminToken() == null || options.holder() == null) {
            ApiServer.problem(ctx, Problem.of(404, "not-found", "Not found",
                    "Reload over HTTP is off: start the server with SYNTHLEX_ADMIN_TOKEN set to enable it."));
            return;
        }
        String client = ctx.req().getRemoteAddr();
        long retryAfter = blockedFor(client);
        if (retryAfter > 0) {
            ctx.header("Retry-After", Long.toString(retryAfter));
            ApiServer.problem(ctx, Problem.of(429, "too-many-requests", "Too many requests",
                    "Too many failed admin tokens from this address; retry in " + retryAfter + " s."));
            return;
        }
        if (!authorised(ctx.header("Authorization"))) {
            recordFailure(client);
            LOG.warn("admin token refused for {} (request {})", client, RequestIds.of(ctx));
            ctx.header("WWW-Authenticate", "Bearer");
            ApiServer.problem(ctx, Problem.of(401, "unauthorised", "Unauthorised", "Send Authorization: Bearer <admin token>."));
            return;
        }
        ReloadOutcome outcome = options.holder().reload();
        ctx.status(outcome.swapped() ? 200 : 422).contentType("application/json").result(Json.pretty(outcome));
    }

    /** Compares in constant time, so the response time says nothing about the token. */
    private boolean authorised(String header) {
        // the scheme is case-insensitive (RFC 9110 §11.1)
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) return false;
        byte[] given = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        byte[] expected = options.adminToken().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, expected);
    }

    /** Seconds until this client may try again, or 0. */
    private synchronized long blockedFor(String client) {
        java.util.ArrayDeque<Long> times = failures.get(client);
        if (times == null) return 0;
        long now = System.currentTimeMillis();
        while (!times.isEmpty() && now - times.peekFirst() >= WINDOW_MILLIS) times.pollFirst();
        if (times.isEmpty()) {
            failures.remove(client);
            return 0;
        }
        if (times.size() < MAX_FAILURES) return 0;
        return Math.max(1, (WINDOW_MILLIS - (now - times.peekFirst()) + 999) / 1000);
    }

    private synchronized void recordFailure(String client) {
        if (failures.size() > 10_000) failures.clear(); // bounded: a flood of addresses cannot grow this without end
        java.util.ArrayDeque<Long> times = failures.computeIfAbsent(client, c -> new java.util.ArrayDeque<>());
        times.addLast(System.currentTimeMillis());
        while (times.size() > MAX_FAILURES) times.pollFirst();
    }
}
