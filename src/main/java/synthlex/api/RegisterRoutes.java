package synthlex.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.function.Supplier;
import org.eclipse.jetty.server.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import synthlex.engine.Evaluation;
import synthlex.engine.Evaluator;
import synthlex.engine.Options;
import synthlex.input.ServiceDescriptionParser;
import synthlex.json.CitationStyle;
import synthlex.json.Json;
import synthlex.model.ServiceDescription;
import synthlex.register.Preconditions;
import synthlex.register.Register;
import synthlex.register.RegisterException;

/**
 * The register's routes (issue 16): stored services, the state of their obligations, the change
 * feed and what is coming. Reads are open like the rest of the API; writes go through
 * {@link WriteAccess}. Without a register ({@code serve --database none}) every one of them is a 404
 * that says so.
 */
final class RegisterRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(RegisterRoutes.class);

    private final Register register;
    private final WriteAccess access;
    private final ServerOptions server;

    private RegisterRoutes(Register register, WriteAccess access, ServerOptions server) {
        this.register = register;
        this.access = access;
        this.server = server;
    }

    static void install(RoutesConfig routes, Register register, String apiToken, ServerOptions options, Supplier<Server> jetty) {
        if (register == null) {
            io.javalin.http.Handler off = ctx -> ApiServer.problem(ctx, Problem.of(404, "register-off", "Register off",
                    "This server keeps no register (started with --database none)."));
            for (String path : new String[] {"/v1/services", "/v1/services/{id}", "/v1/services/{id}/*", "/v1/changes", "/v1/upcoming", "/v1/register"}) {
                routes.get(path, off);
                routes.put(path, off);
                routes.delete(path, off);
            }
            return;
        }
        register.useSlots(Cores::run); // register evaluations queue for the same CPU slots as every other
        RegisterRoutes r = new RegisterRoutes(register, new WriteAccess(apiToken, jetty), options);
        routes.get("/v1/services", r::list);
        routes.get("/v1/services/{id}", r::get);
        routes.put("/v1/services/{id}", r::put);
        routes.delete("/v1/services/{id}", r::delete);
        routes.get("/v1/services/{id}/answer", r::answer);
        routes.get("/v1/services/{id}/versions/{version}", r::version);
        routes.get("/v1/services/{id}/obligations/{obligationId}", r::tracking);
        routes.put("/v1/services/{id}/obligations/{obligationId}", r::track);
        routes.get("/v1/changes", r::changes);
        routes.get("/v1/upcoming", r::upcoming);
        routes.get("/v1/register", r::status);
        routes.exception(RegisterException.class, (e, ctx) -> {
            if (e instanceof RegisterException.Storage) LOG.error("register: {} {} failed", ctx.method(), ctx.path(), e.getCause());
            ApiServer.problem(ctx, new Problem("urn:synthlex:problem:" + e.slug(), e.title(), e.status(), e.detail(), e.errors()));
        });
    }

    void put(Context ctx) {
        EvaluationRoutes.requireJson(ctx);
        String who = access.writer(ctx);
        Cores.admit();
        JsonNode body = ServiceDescriptionParser.readTree(ctx.body());
        Register.Stored stored = register.put(ctx.pathParam("id"), body, preconditions(ctx), who);
        ctx.header("ETag", stored.etag());
        if (stored.created()) ctx.header("Location", "/v1/services/" + ctx.pathParam("id"));
        json(ctx, stored.created() ? 201 : 200, stored.view());
    }

    void get(Context ctx) {
        Register.Stored stored = register.get(ctx.pathParam("id"));
        ctx.header("ETag", stored.etag());
        json(ctx, 200, stored.view());
    }

    void delete(Context ctx) {
        String who = access.writer(ctx);
        register.delete(ctx.pathParam("id"), preconditions(ctx), who);
        ctx.status(204);
    }

    void list(Context ctx) {
        json(ctx, 200, register.list(ctx.queryParam("after"), intParam(ctx, "limit", 1000)));
    }

    void version(Context ctx) {
        json(ctx, 200, register.version(ctx.pathParam("id"), intParam(ctx.pathParam("version"), "version", 0)));
    }

    /** The full answer for the stored description, evaluated now on the rule base being served (verbatim citations and all; ?citations=ref as for an evaluation). */
    void answer(Context ctx) throws IOException {
        CitationStyle citations = EvaluationRoutes.citations(ctx);
        ServiceDescription service = register.description(ctx.pathParam("id"));
        Cores.admit();
        Evaluator evaluator = new Evaluator(server.ruleBase().get());
        Options options = EvaluationRoutes.options(ctx);
        Evaluation answer = Cores.run(() -> evaluator.evaluate(service, options));
        EvaluationRoutes.json(ctx, answer, citations);
    }

    void tracking(Context ctx) {
        ObjectNode view = register.tracking().get(ctx.pathParam("id"), ctx.pathParam("obligationId"));
        ctx.header("ETag", view.path("tracking").path("etag").asText());
        json(ctx, 200, view);
    }

    void track(Context ctx) {
        EvaluationRoutes.requireJson(ctx);
        String who = access.writer(ctx);
        JsonNode body = ServiceDescriptionParser.readTree(ctx.body());
        ObjectNode view = register.tracking().set(ctx.pathParam("id"), ctx.pathParam("obligationId"), body, preconditions(ctx), who);
        ctx.header("ETag", view.path("tracking").path("etag").asText());
        json(ctx, 200, view);
    }

    void changes(Context ctx) {
        long since = longParam(ctx, "since", 0);
        json(ctx, 200, register.feed().changes(since, intParam(ctx, "limit", 1000), ctx.queryParam("service")));
    }

    void upcoming(Context ctx) {
        json(ctx, 200, register.feed().upcoming(intParam(ctx, "days", 90)));
    }

    void status(Context ctx) {
        ObjectNode out = register.status();
        out.put("writes", access.mode());
        json(ctx, 200, out);
    }

    private static Preconditions preconditions(Context ctx) {
        return new Preconditions(ctx.header("If-Match"), ctx.header("If-None-Match"));
    }

    private static int intParam(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        return v == null ? fallback : intParam(v, name, fallback);
    }

    private static int intParam(String v, String name, int fallback) {
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw invalidParameter(name, v);
        }
    }

    private static long longParam(Context ctx, String name, long fallback) {
        String v = ctx.queryParam(name);
        if (v == null) return fallback;
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw invalidParameter(name, v);
        }
    }

    private static RegisterException invalidParameter(String name, String value) {
        String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
        return RegisterException.invalidQuery(name, name + " must be a whole number, not '" + shown + "'");
    }

    private static void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json").result(Json.compactBytes(body));
    }
}
