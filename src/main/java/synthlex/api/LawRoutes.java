package synthlex.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import synthlex.input.ServiceDescriptionParser;
import synthlex.law.Citation;
import synthlex.law.SourceCatalog;
import synthlex.law.Instrument;
import synthlex.law.InstrumentStatus;
import synthlex.rules.ObligationKind;
import synthlex.rules.RuleBase;
import synthlex.rules.Reading;
import synthlex.rules.RuleInfo;
import synthlex.model.Role;
import synthlex.timing.Timing;

/** The read-only routes: the registered law, the rules, the rule base, the schema and health. */
final class LawRoutes {
    private final Supplier<RuleBase> ruleBase;
    private final ServerOptions server;

    LawRoutes(ServerOptions server) {
        this.ruleBase = server.ruleBase();
        this.server = server;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record InstrumentSummary(String id, String abbreviation, String shortTitle, Instrument.Title title,
                             List<String> issuers, String documentNumber, LocalDate promulgated, LocalDate effective,
                             InstrumentStatus status, LocalDate repealed, String sourceUrl, String textNote,
                             Integer provisionCount, List<Citation> provisions, String edition, List<EarlierText> earlierTexts) {
        static InstrumentSummary of(Instrument in, List<Citation> provisions, SourceCatalog sources) {
            List<EarlierText> earlier = sources.instruments().stream()
                    .filter(e -> e.id().equals(in.id()) && e.supersededOn() != null)
                    .map(e -> new EarlierText(e.edition(), e.abbreviation(), e.effective(), e.supersededOn(), e.provisions().size()))
                    .toList();
            return new InstrumentSummary(in.id(), in.abbreviation(), in.shortTitle(), in.title(), in.issuers(),
                    in.documentNumber(), in.promulgated(), in.effective(), in.status(), in.repealed(), in.sourceUrl(),
                    in.textNote(), in.provisions().size(), provisions, in.edition(), earlier.isEmpty() ? null : earlier);
        }
    }

    /** An earlier text of an instrument amended in place: cited, with its own numbering, until supersededOn. */
    record EarlierText(String edition, String abbreviation, LocalDate effective, LocalDate supersededOn, int provisionCount) { }

    /**
     * One rule. {@code timing} (obligation rules) is the rule's own, each timing naming its
     * {@code @timingBasis} or else the rule's first citation; an answer names the citation in force
     * on its day and, where several rules ground an obligation, the earliest of their timings.
     */
    record RuleView(String name, String file, int line, String type, String obligationId, String classifies,
                    ObligationKind kind, Role bearer, String title, List<String> cites, List<Citation> citations,
                    Reading.View reading, Timing timing) {
        static RuleView of(RuleInfo r) {
            return new RuleView(r.name(), r.file(), r.line(), r.isObligation() ? "obligation" : "classification",
                    r.obligationId(), r.classifies(), r.kind(), r.bearer(), r.title(), r.citationRefs(), r.citations(),
                    r.reading() == null ? null : r.reading().view(false),
                    r.timing(r.citations().isEmpty() ? null : r.citations().get(0)));
        }
    }

    void health(Context ctx) {
        ctx.json(Map.of("status", "ok", "ruleBase", ruleBase.get().version()));
    }

    void instruments(Context ctx) {
        RuleBase rb = ruleBase.get();
        ctx.json(Map.of("instruments", rb.sources().currentInstruments().stream().map(in -> InstrumentSummary.of(in, null, rb.sources())).toList()));
    }

    void instrument(Context ctx) {
        RuleBase rb = ruleBase.get();
        String id = ctx.pathParam("id");
        rb.sources().instrument(id).ifPresentOrElse(
                in -> ctx.json(InstrumentSummary.of(in, rb.sources().provisions(in), rb.sources())),
                () -> ApiServer.problem(ctx, Problem.of(404, "unknown-instrument", "Unknown instrument",
                        "No instrument '" + id + "' is registered; GET /v1/instruments lists them.")));
    }

    void rules(Context ctx) {
        ctx.json(Map.of("rules", ruleBase.get().rules().stream().map(RuleView::of).toList()));
    }

    void ruleBase(Context ctx) {
        RuleBase rb = ruleBase.get();
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("rules", rb.rules().size());
        counts.put("obligationRules", rb.obligationRules().size());
        counts.put("classificationRules", rb.classificationRules().size());
        counts.put("obligations", rb.obligationRules().stream().map(RuleInfo::obligationId).distinct().count());
        counts.put("instruments", rb.sources().instruments().size());
        counts.put("provisions", rb.sources().instruments().stream().mapToInt(i -> i.provisions().size()).sum());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", rb.version());
        body.put("loadedAt", rb.loadedAt());
        body.put("directory", rb.directory().getFileName().toString());
        body.put("counts", counts);
        body.put("lastReload", server.holder() == null ? null : server.holder().lastReload());
        ctx.json(body);
    }

    /** The example services in facts/, for the web page's one-click examples. */
    void examples(Context ctx) throws java.io.IOException {
        java.util.List<Map<String, Object>> out = new java.util.ArrayList<>();
        java.nio.file.Path dir = java.nio.file.Path.of("facts");
        if (java.nio.file.Files.isDirectory(dir)) {
            try (var files = java.nio.file.Files.list(dir)) {
                for (java.nio.file.Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    com.fasterxml.jackson.databind.JsonNode service = synthlex.json.Json.MAPPER.readTree(f.toFile());
                    out.add(Map.of("id", f.getFileName().toString().replace(".json", ""), "name", service.path("name").asText(), "service", service));
                }
            }
        }
        ctx.json(Map.of("examples", out));
    }

    void schema(Context ctx) {
        ctx.contentType("application/schema+json").result(ServiceDescriptionParser.schemaText());
    }
}
