package synthlex.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import synthlex.audit.DecisionRecord;
import synthlex.audit.TimelineRecord;
import synthlex.engine.Evaluation;
import synthlex.engine.Evaluator;
import synthlex.engine.Options;
import synthlex.engine.Timeline;
import synthlex.input.InputError;
import synthlex.input.InvalidInputException;
import synthlex.input.ServiceDescriptionParser;
import synthlex.input.TimelineRequest;
import synthlex.json.CitationStyle;
import synthlex.json.Json;
import synthlex.model.ServiceDescription;
import synthlex.pack.CompliancePack;
import synthlex.rules.RuleBase;

/** POST /v1/evaluations, /v1/evaluations/batch, /v1/timelines and /v1/packs. */
final class EvaluationRoutes {
    /** A batch of 1000 full service descriptions is larger than one body may be. */
    static final long MAX_BATCH_BYTES = 16L * 1024 * 1024;
    /** An explained answer is several times larger than a plain one: batches with explain are kept small (R4). */
    static final int MAX_EXPLAINED_BATCH = 100;

    private final Supplier<RuleBase> ruleBase;
    private final ServerOptions server;

    EvaluationRoutes(ServerOptions server) {
        this.ruleBase = server.ruleBase();
        this.server = server;
    }

    void evaluate(Context ctx) throws IOException {
        requireJson(ctx);
        CitationStyle citations = citations(ctx);
        Cores.admit();
        Evaluator evaluator = new Evaluator(ruleBase.get()); // read once: the whole request uses this rule base
        String body = ctx.body();
        JsonNode input = ServiceDescriptionParser.readTree(body);
        Options options = options(ctx);
        Evaluation answer = Cores.run(() -> {
            GracefulStop.refuseIfDrainOver(ctx); // still queued when a stop's drain ran out: refused, not started
            return evaluator.evaluate(ServiceDescriptionParser.parse(input), options);
        });
        record(ctx, null, body, input, answer);
        json(ctx, answer, citations);
    }

    /**
     * POST /v1/packs: the evaluation's path (same body, query parameters, validation and decision
     * record) with the compliance pack as the answer, a zip. The answer is evaluated in English and
     * Chinese and the pack built under one {@link Cores} permit (all of it is CPU work); the record
     * (of the answer in the request's language) is written before the zip goes out.
     */
    void pack(Context ctx) throws IOException {
        requireJson(ctx);
        Cores.admit();
        RuleBase rules = ruleBase.get(); // read once: the whole request uses this rule base
        Evaluator evaluator = new Evaluator(rules);
        String body = ctx.body();
        JsonNode input = ServiceDescriptionParser.readTree(body);
        Options options = options(ctx);
        Packed packed = Cores.run(() -> {
            GracefulStop.refuseIfDrainOver(ctx); // still queued when a stop's drain ran out: refused, not started
            ServiceDescription service = ServiceDescriptionParser.parse(input);
            CompliancePack.Answers answers = CompliancePack.evaluate(evaluator, service, options);
            CompliancePack pack = CompliancePack.build(service, answers, rules.sources());
            return new Packed(answers.logged(), pack.fileName(), pack.zip());
        });
        record(ctx, null, body, input, packed.answer());
        ctx.contentType("application/zip");
        ctx.header("Content-Disposition", "attachment; filename=\"" + packed.fileName() + "\"");
        ctx.result(packed.zip());
    }

    private record Packed(Evaluation answer, String fileName, byte[] zip) { }

    /** Writes the decision record before the answer goes out; if it cannot be written, no answer goes out. */
    private void record(Context ctx, Integer item, String body, JsonNode input, Evaluation answer) {
        if (server.decisionLog() == null) return;
        server.decisionLog().append(DecisionRecord.of(server.decisionLog(), RequestIds.of(ctx), item, body, input, answer, server.redact()));
    }

    void batch(Context ctx) throws IOException {
        requireJson(ctx);
        CitationStyle citations = citations(ctx);
        Cores.admit();
        Evaluator evaluator = new Evaluator(ruleBase.get()); // one rule base for the whole batch
        Options options = options(ctx);
        BatchBody batch = BatchBody.check(readLimited(ctx), server.maxBatch());
        if (options.explain() && batch.size > MAX_EXPLAINED_BATCH) {
            throw new InvalidInputException("Invalid batch", List.of(new InputError("/services", "explain=true is limited to "
                    + MAX_EXPLAINED_BATCH + " services per batch (an explained answer is several times larger), not " + batch.size
                    + "; send smaller batches or leave explain out")));
        }
        // the answer is streamed: each service is evaluated (one CPU slot each), recorded, written, and forgotten;
        // with citations=ref each item lists its own provisions, so that every item stands on its own
        ctx.contentType("application/json");
        try (OutputStream out = ctx.outputStream(); JsonGenerator json = Json.MAPPER.getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeArrayFieldStart("results");
            batch.forEach((i, service) -> Json.write(json, evaluateItem(ctx, evaluator, i, service, options), citations));
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /**
     * One service of a batch: its answer, or its own problem object. Once the status line is sent, a
     * failure can only be told per item: an item that cannot be recorded, or that comes after a stop
     * has waited long enough, gets a 503 problem in its place.
     */
    private Object evaluateItem(Context ctx, Evaluator evaluator, int i, JsonNode service, Options options) {
        if (GracefulStop.drainOver(ctx)) return GracefulStop.STOPPING;
        try {
            Evaluation answer = Cores.run(() -> evaluator.evaluate(ServiceDescriptionParser.parse(service), options));
            record(ctx, i, service.toString(), service, answer);
            return answer;
        } catch (InvalidInputException e) {
            String prefix = "/services/" + i;
            return Problem.invalid(new InvalidInputException(e.title(),
                    e.errors().stream().map(err -> new InputError(prefix + err.pointer(), err.message())).toList()));
        } catch (synthlex.audit.DecisionLogException e) {
            return ApiServer.DECISION_LOG_UNAVAILABLE;
        }
    }

    void timeline(Context ctx) throws IOException {
        requireJson(ctx);
        Cores.admit();
        Evaluator evaluator = new Evaluator(ruleBase.get());
        String body = ctx.body();
        TimelineRequest request = TimelineRequest.parse(body);
        Options options = new Options(false, options(ctx).lang());
        Timeline.Result answer = Cores.run(() -> {
            GracefulStop.refuseIfDrainOver(ctx);
            return Timeline.of(evaluator, request.service(), request.from(), request.to(), options);
        });
        if (server.decisionLog() != null) { // recorded before it is sent, like an evaluation
            server.decisionLog().append(TimelineRecord.of(server.decisionLog(), RequestIds.of(ctx), body,
                    server.redact() ? null : Json.MAPPER.readTree(body), answer, server.redact()));
        }
        json(ctx, answer, CitationStyle.FULL); // a timeline names its citations by label: nothing to write by reference
    }

    /** {@code ?explain=true}; language from {@code ?lang=} or else {@code Accept-Language}. */
    static Options options(Context ctx) {
        String lang = ctx.queryParam("lang");
        if (lang == null) lang = ctx.header("Accept-Language");
        return new Options("true".equalsIgnoreCase(ctx.queryParam("explain")), Options.Lang.of(lang));
    }

    /**
     * {@code ?citations=full} (or absent): every citation in full where it is cited;
     * {@code ?citations=ref}: each provision once, under the answer's {@code provisions} (see {@link CitationStyle}).
     * Checked before any work is admitted.
     */
    static CitationStyle citations(Context ctx) {
        String value = ctx.queryParam("citations");
        CitationStyle style = CitationStyle.of(value);
        if (style == null) {
            throw new InvalidQueryException("citations", "unknown citations '" + shorten(value) + "'; allowed: full, ref");
        }
        return style;
    }

    /**
     * Writes the answer straight to the client: an answer with every verbatim citation runs to
     * 200 KB, and building it as one array first cost a copy and that much heap per request.
     */
    static void json(Context ctx, Object value, CitationStyle citations) throws IOException {
        ctx.contentType("application/json");
        try (OutputStream out = ctx.outputStream()) {
            Json.write(out, value, citations);
        }
    }

    private static byte[] readLimited(Context ctx) throws IOException {
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes((int) MAX_BATCH_BYTES + 1);
            if (bytes.length > MAX_BATCH_BYTES) throw new io.javalin.http.ContentTooLargeResponse();
            return bytes;
        }
    }

    /**
     * JSON bodies only (findings R7, R8, R14, R15): the media type before any parameter must be
     * {@code application/json} or {@code application/*+json}, and the only parameter allowed is
     * {@code charset=utf-8}. A missing type, and curl's default form type from a client that sends no
     * {@code Origin} (so not a browser), are accepted so that {@code curl -d @facts/x.json} works as the
     * README shows. Any {@code Content-Encoding} but {@code identity} is refused.
     */
    static void requireJson(Context ctx) {
        String encoding = ctx.header("Content-Encoding");
        if (encoding != null && !encoding.isBlank() && !encoding.trim().equalsIgnoreCase("identity")) {
            throw new UnsupportedMediaTypeResponse("Content-Encoding '" + shorten(encoding) + "' is not supported; send the body uncompressed.");
        }
        String type = ctx.header("Content-Type");
        if (type == null || type.isBlank()) return;
        java.util.Map<String, String> parameters = new java.util.HashMap<>();
        String media = org.eclipse.jetty.http.HttpField.getValueParameters(type, parameters).trim().toLowerCase(Locale.ROOT);
        boolean json = media.equals("application/json")
                || (media.startsWith("application/") && media.endsWith("+json") && media.indexOf('/') == media.lastIndexOf('/')
                    && media.length() > "application/+json".length());
        boolean curlForm = media.equals("application/x-www-form-urlencoded") && ctx.header("Origin") == null;
        if (!json && !curlForm) {
            throw new UnsupportedMediaTypeResponse("Content-Type '" + shorten(type) + "' is not JSON; send application/json.");
        }
        for (var p : parameters.entrySet()) {
            String value = p.getValue() == null ? "" : p.getValue().trim().replace("\"", "");
            if (!p.getKey().trim().equalsIgnoreCase("charset") || !value.equalsIgnoreCase("utf-8")) {
                throw new UnsupportedMediaTypeResponse("Content-Type parameter '" + shorten(p.getKey() + "=" + value)
                        + "' is not supported; the body must be UTF-8 (charset=utf-8 or nothing).");
            }
        }
    }

    private static String shorten(String s) {
        return s.length() > 100 ? s.substring(0, 100) + "…" : s;
    }
}
