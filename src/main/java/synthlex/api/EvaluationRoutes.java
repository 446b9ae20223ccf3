package synthlex.api;

import io.javalin.http.Context;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.util.function.Supplier;
import synthlex.engine.Evaluator;
import synthlex.input.ServiceDescriptionParser;
import synthlex.json.Json;
import synthlex.rules.RuleBase;

/** POST /v1/evaluations. */
final class EvaluationRoutes {
    private final Supplier<RuleBase> ruleBase;

    EvaluationRoutes(Supplier<RuleBase> ruleBase) {
        this.ruleBase = ruleBase;
    }

    void evaluate(Context ctx) {
        requireJson(ctx);
        RuleBase current = ruleBase.get();
        var service = ServiceDescriptionParser.parse(ctx.body());
        ctx.contentType("application/json").result(Json.pretty(new Evaluator(current).evaluate(service)));
    }

    /**
     * JSON bodies only. A missing type and curl's default form type are accepted, so that
     * {@code curl -d @facts/x.json} works as the README shows.
     */
    static void requireJson(Context ctx) {
        String type = ctx.contentType();
        if (type == null || type.isBlank()) return;
        String t = type.toLowerCase(java.util.Locale.ROOT);
        if (t.startsWith("application/json") || t.contains("+json") || t.startsWith("application/x-www-form-urlencoded")) return;
        throw new UnsupportedMediaTypeResponse();
    }
}
