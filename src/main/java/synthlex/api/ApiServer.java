package synthlex.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import synthlex.input.InvalidInputException;
import synthlex.json.Json;
import synthlex.rules.RuleBase;

/**
 * The v1 HTTP API (shared/API.md). Built around a supplier of the current rule base, so a request
 * runs entirely on the rule base it started with.
 */
public final class ApiServer {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    /** A request body must arrive within this (R3): 1 MB in 20 s is 50 KB/s, far below any real link. */
    static final long BODY_DEADLINE_MILLIS = Long.getLong("synthlex.bodyDeadlineMillis", 20_000);
    /** Request bodies held at once, all requests together (R3, R4): four largest batches. */
    static final long BODY_BUDGET_BYTES = 4 * EvaluationRoutes.MAX_BATCH_BYTES;

    static final Problem DECISION_LOG_UNAVAILABLE = Problem.of(503, "decision-log-unavailable", "Decision log unavailable",
            "The answer could not be recorded in the decision log, so it is not given; retry later.");

    private ApiServer() { }

    public static Javalin create(Supplier<RuleBase> ruleBase) {
        return create(ServerOptions.of(ruleBase));
    }

    public static Javalin create(ServerOptions options) {
        return create(options, null, null);
    }

    /**
     * The API with the register of services (issue 16) on {@code register}, or its routes answering
     * that it is off when null; {@code apiToken} is SYNTHLEX_API_TOKEN (see {@link WriteAccess}).
     */
    public static Javalin create(ServerOptions options, synthlex.register.Register register, String apiToken) {
        EvaluationRoutes evaluations = new EvaluationRoutes(options);
        LawRoutes law = new LawRoutes(options);
        AdminRoutes admin = new AdminRoutes(options);
        RulebookRoutes rulebook = new RulebookRoutes(options);
        org.eclipse.jetty.server.Server[] jetty = new org.eclipse.jetty.server.Server[1];
        LocalSafety safety = new LocalSafety(options, () -> jetty[0]);
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = options.maxBodyBytes();
            config.http.prefer405over404 = true;
            config.jetty.modifyServer(server -> {
                // R1: at most this many connections; when full, stop accepting and idle connections get 5 s, not 30
                org.eclipse.jetty.server.NetworkConnectionLimit limit = new org.eclipse.jetty.server.NetworkConnectionLimit(options.maxConnections(), server);
                limit.setEndPointIdleTimeout(5_000);
                server.addBean(limit);
                GracefulStop.install(server, handler -> new BodyFirst(handler, Math.max(options.maxBodyBytes(), EvaluationRoutes.MAX_BATCH_BYTES),
                        BODY_DEADLINE_MILLIS, BODY_BUDGET_BYTES));
                server.setErrorHandler(new ProblemErrorHandler()); // Jetty's own errors as problem+json (R13)
                jetty[0] = server;
            });
            config.staticFiles.add("/web", io.javalin.http.staticfiles.Location.CLASSPATH); // the page for product teams, offline
            if (!options.corsOrigins().isEmpty()) {
                config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                    String first = options.corsOrigins().get(0);
                    rule.allowHost(first, options.corsOrigins().subList(1, options.corsOrigins().size()).toArray(String[]::new));
                }));
            }

            config.routes.before(ctx -> {
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("X-Request-Id", RequestIds.of(ctx));
            });
            config.routes.beforeMatched(safety::check); // Host (DNS rebinding) and Origin (cross-site requests), R8
            config.routes.post("/v1/rulebase/reload", admin::reload);

            getAndHead(config.routes, "/health", law::health);
            config.routes.post("/v1/evaluations", evaluations::evaluate);
            config.routes.post("/v1/evaluations/batch", evaluations::batch);
            config.routes.post("/v1/timelines", evaluations::timeline);
            config.routes.post("/v1/packs", evaluations::pack);
            getAndHead(config.routes, "/v1/instruments", law::instruments);
            getAndHead(config.routes, "/v1/instruments/{id}", law::instrument);
            getAndHead(config.routes, "/v1/rules", law::rules);
            getAndHead(config.routes, "/v1/rulebase", law::ruleBase);
            getAndHead(config.routes, "/v1/schema/service-description", law::schema);
            getAndHead(config.routes, "/v1/examples", law::examples);
            RegisterRoutes.install(config.routes, register, apiToken, options, () -> jetty[0]);
            if (options.benchStaticBody() != null) {
                // the ceiling for this server: the same route machinery answering a body of the same size, with no work
                byte[] staticBody = options.benchStaticBody();
                config.routes.post("/bench/static", ctx -> ctx.contentType("application/json").result(staticBody));
            }
            String openApi = OpenApi.document();
            getAndHead(config.routes, "/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
            getAndHead(config.routes, "/rulebook", rulebook::page);
            getAndHead(config.routes, "/rulebook/{page}", rulebook::page);

            config.routes.exception(InvalidInputException.class, (e, ctx) -> problem(ctx, Problem.invalid(e)));
            config.routes.exception(InvalidQueryException.class, (e, ctx) -> problem(ctx, e.problem()));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, forStatus(e.getStatus(), e.getMessage())));
            config.routes.exception(synthlex.audit.DecisionLogException.class, (e, ctx) -> {
                LOG.error("decision log failed; request {} refused: {}", RequestIds.of(ctx), e.getMessage());
                problem(ctx, DECISION_LOG_UNAVAILABLE);
            });
            config.routes.exception(Cores.Unavailable.class, (e, ctx) -> {
                ctx.header("Retry-After", e.retryAfter);
                problem(ctx, e.problem());
            });
            config.routes.exception(org.eclipse.jetty.io.EofException.class, (e, ctx) -> {
                // the client hung up while its body was read or its answer written: nobody to answer, nothing broke
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
                problem(ctx, Problem.of(500, "internal-error", "Internal error",
                        "The server could not answer this request; the error has been logged."));
            });
            config.routes.error(404, ctx -> {
                if (!isProblem(ctx)) problem(ctx, forStatus(404, null));
            });
            config.routes.error(405, ctx -> {
                if (!isProblem(ctx)) problem(ctx, forStatus(405, null));
            });
        });
    }

    /** HEAD answers as GET does, headers and all, without the body (R13); Jetty drops the body of a HEAD response. */
    private static void getAndHead(io.javalin.config.RoutesConfig routes, String path, io.javalin.http.Handler handler) {
        routes.get(path, handler);
        routes.head(path, handler);
    }

    static void problem(Context ctx, Problem p) {
        // bytes, not a String: Javalin would encode a String as ISO-8859-1 for this content type, and "…" or Chinese became "?"
        ctx.status(p.status()).contentType(Problem.CONTENT_TYPE).result(Json.pretty(p).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static boolean isProblem(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith(Problem.CONTENT_TYPE);
    }

    private static Problem forStatus(int status, String message) {
        return switch (status) {
            case 404 -> Problem.of(404, "not-found", "Not found", "No such resource; see GET /openapi.json for the routes.");
            case 405 -> Problem.of(405, "method-not-allowed", "Method not allowed", "This route does not accept that method.");
            case 413 -> Problem.of(413, "body-too-large", "Request body too large", "The body exceeds the size limit.");
            case 415 -> Problem.of(415, "unsupported-media-type", "Unsupported media type",
                    message == null || message.isBlank() || message.equals("Unsupported Media Type") ? "Send the body as application/json." : message);
            case 403, 429 -> Problem.of(status, status == 403 ? "forbidden" : "too-many-requests",
                    status == 403 ? "Forbidden" : "Too many requests", message);
            default -> Problem.of(status, "http-" + status, message == null ? "HTTP " + status : message, message);
        };
    }
}
