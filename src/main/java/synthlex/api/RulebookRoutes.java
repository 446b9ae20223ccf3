package synthlex.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import synthlex.rulebook.Rulebook;
import synthlex.rules.RuleBase;

/** GET /rulebook/: the rulebook of the rule base being served, rendered once per rule-base version. */
final class RulebookRoutes {
    private final ServerOptions options;
    private volatile String version;
    private volatile Map<String, String> pages;

    RulebookRoutes(ServerOptions options) {
        this.options = options;
    }

    void page(Context ctx) {
        if (!ctx.pathParamMap().containsKey("page") && !ctx.path().endsWith("/")) {
            ctx.redirect("/rulebook/"); // the pages link to each other relatively
            return;
        }
        String name = ctx.pathParamMap().getOrDefault("page", "index.html");
        String body = pages().get(name);
        if (body == null) {
            ApiServer.problem(ctx, Problem.of(404, "not-found", "Not found", "No rulebook page '" + name + "'; see /rulebook/."));
            return;
        }
        ctx.contentType(name.endsWith(".md") ? "text/markdown; charset=utf-8" : "text/html; charset=utf-8").result(body);
    }

    private synchronized Map<String, String> pages() {
        RuleBase rb = options.ruleBase().get();
        if (!rb.version().equals(version)) {
            try {
                pages = new Rulebook(rb, options.scenariosDir()).pages();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            version = rb.version();
        }
        return pages;
    }
}
