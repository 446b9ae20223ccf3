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
    private final ServerOptions options;

    AdminRoutes(ServerOptions options) {
        this.options = options;
    }

    void reload(Context ctx) {
        if (options.adminToken() == null || options.holder() == null) {
            ApiServer.problem(ctx, Problem.of(404, "not-found", "Not found",
                    "Reload over HTTP is off: start the server with SYNTHLEX_ADMIN_TOKEN set to enable it."));
            return;
        }
        if (!authorised(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            ApiServer.problem(ctx, Problem.of(401, "unauthorised", "Unauthorised", "Send Authorization: Bearer <admin token>."));
            return;
        }
        ReloadOutcome outcome = options.holder().reload();
        ctx.status(outcome.swapped() ? 200 : 422).contentType("application/json").result(Json.pretty(outcome));
    }

    /** Compares in constant time, so the response time says nothing about the token. */
    private boolean authorised(String header) {
        if (header == null || !header.startsWith("Bearer ")) return false;
        byte[] given = header.substring("Bearer ".length()).trim().getBytes(StandardCharsets.UTF_8);
        byte[] expected = options.adminToken().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, expected);
    }
}
