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

    private ApiServer() { }

    public static Javalin create(Supplier<RuleBase> ruleBase) {
        return create(ServerOptions.of(ruleBase));
    }

    public static Javalin create(ServerOptions options) {
        EvaluationRoutes evaluations = new EvaluationRoutes(options);
        LawRoutes law = new LawRoutes(options);
        AdminRoutes admin = new AdminRoutes(options);
        RulebookRoutes rulebook = new RulebookRoutes(options);
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = options.maxBodyBytes();
            config.http.prefer405over404 = true;
            config.jetty.modifyServer(GracefulStop::install);
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
            config.routes.post("/v1/rulebase/reload", admin::reload);

            config.routes.get("/health", law::health);
            config.routes.post("/v1/evaluations", evaluations::evaluate);
            config.routes.post("/v1/evaluations/batch", evaluations::batch);
            config.routes.post("/v1/timelines", evaluations::timeline);
            config.routes.get("/v1/instruments", law::instruments);
            config.routes.get("/v1/instruments/{id}", law::instrument);
            config.routes.get("/v1/rules", law::rules);
            config.routes.get("/v1/rulebase", law::ruleBase);
            config.routes.get("/v1/schema/service-description", law::schema);
            config.routes.get("/v1/examples", law::examples);
            if (options.benchStaticBody() != null) {
                // the ceiling for this server: the same route machinery answering a body of the same size, with no work
                byte[] staticBody = options.benchStaticBody();
                config.routes.post("/bench/static", ctx -> ctx.contentType("application/json").result(staticBody));
            }
            String openApi = OpenApi.document();
            config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
            config.routes.get("/rulebook", rulebook::page);
            config.routes.get("/rulebook/{page}", rulebook::page);

            config.routes.exception(InvalidInputException.class, (e, ctx) -> problem(ctx, Problem.invalid(e)));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, forStatus(e.getStatus(), e.getMessage())));
            config.routes.exception(synthlex.audit.DecisionLogException.class, (e, ctx) -> {
                LOG.error("decision log failed; request {} refused: {}", RequestIds.of(ctx), e.getMessage());
                problem(ctx, Problem.of(503, "decision-log-unavailable", "Decision log unavailable",
                        "The answer could not be recorded in the decision log, so it is not given; retry later."));
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

    static void problem(Context ctx, Problem p) {
        ctx.status(p.status()).contentType(Problem.CONTENT_TYPE).result(Json.pretty(p));
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
            case 415 -> Problem.of(415, "unsupported-media-type", "Unsupported media type", "Send the body as application/json.");
            default -> Problem.of(status, "http-" + status, message == null ? "HTTP " + status : message, message);
        };
    }
}
