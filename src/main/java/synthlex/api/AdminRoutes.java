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

    private final ServerOptions options;
    private final FailedTokens failedTokens = new FailedTokens();

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
        long retryAfter = failedTokens.blockedFor(client);
        if (retryAfter > 0) {
            ctx.header("Retry-After", Long.toString(retryAfter));
            ApiServer.problem(ctx, Problem.of(429, "too-many-requests", "Too many requests",
                    "Too many failed admin tokens from this address; retry in " + retryAfter + " s."));
            return;
        }
        if (!authorised(ctx.header("Authorization"))) {
            failedTokens.record(client);
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
}
