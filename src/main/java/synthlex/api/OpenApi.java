package synthlex.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import synthlex.input.ServiceDescriptionParser;
import synthlex.json.Json;

/**
 * GET /openapi.json: the OpenAPI 3.1 description of every route, built here (the Javalin OpenAPI
 * plugin is not served for Javalin 7). The request schema is the same one the server validates with.
 */
final class OpenApi {
    private OpenApi() { }

    /**
     * {@code response}: the component schema of a JSON 200 answer, or null where it is not described;
     * {@code produces}: the media type of a 200 answer that is not JSON (null for JSON).
     */
    record Route(String method, String path, String summary, boolean serviceBody, String response, String produces) {
        Route(String method, String path, String summary, boolean serviceBody) {
            this(method, path, summary, serviceBody, null, null);
        }

        Route(String method, String path, String summary, boolean serviceBody, String response) {
            this(method, path, summary, serviceBody, response, null);
        }
    }

    private static List<Route> concat(List<Route> a, List<Route> b) {
        List<Route> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    static final List<Route> ROUTES = List.of(
            new Route("post", "/v1/evaluations", "The summary, then classifications, obligations (each with its timing), upcoming obligations and questions for one service. ?explain=true adds near misses and traces; ?lang=zh or Accept-Language: zh answers in Chinese.", true, "Evaluation"),
            new Route("post", "/v1/evaluations/batch", "Up to 1000 services ({\"services\": [...]}), or 100 with explain=true; one result per service, in order, streamed as each is evaluated; a bad item gets its own problem object, and so does an item the server could not record or, while stopping, did not start (503). Query parameters as for POST /v1/evaluations; with citations=ref each answer carries its own provisions.", false, "Batch"),
            new Route("post", "/v1/timelines", "A service description plus from and to: the periods cut at each day cited law came into force.", false),
            new Route("post", "/v1/packs", "The compliance pack for one service, as a zip (Content-Disposition: attachment; filename=\"<slug>-compliance-pack.zip\"): "
                    + "en/ and zh/ each hold plan.md and checklist.csv, and algorithm-filing-draft.md, security-self-assessment-outline.md, labelling-spec.md "
                    + "and consent-texts.md where an obligation they serve applies. Same body, query parameters (?explain=true adds near misses to the plan), "
                    + "validation and decision record as POST /v1/evaluations.", true, null, "application/zip"),
            new Route("get", "/v1/instruments", "Every registered instrument with its metadata.", false),
            new Route("get", "/v1/instruments/{id}", "One instrument with every provision (pinpoint, verbatim text, paraphrase).", false),
            new Route("get", "/v1/rules", "Every rule: name, file, line, obligation id, kind, bearer, citations, timing.", false, "Rules"),
            new Route("get", "/v1/rulebase", "Version, load time, counts and the last reload's outcome.", false),
            new Route("post", "/v1/rulebase/reload", "Reload the rules from disk (bearer token from SYNTHLEX_ADMIN_TOKEN; absent without one).", false),
            new Route("get", "/v1/schema/service-description", "The JSON Schema of the request body.", false),
            new Route("get", "/v1/examples", "The example services in facts/.", false),
            new Route("get", "/openapi.json", "This document.", false),
            new Route("get", "/health", "{\"status\":\"ok\",\"ruleBase\":\"<version>\"}", false),
            new Route("get", "/rulebook/{page}", "The rulebook (HTML and Markdown).", false));

    /** The register of services (issue 16); RegisterOpenApi adds their bodies, headers and statuses. */
    static final List<Route> REGISTER_ROUTES = List.of(
            new Route("get", "/v1/services", "The register: every stored service (id order, ?limit= up to 1000 and ?after=ID to page) with counts by status, by tracked state and by timing, review and overdue counts, the next due date and the rule-base version of its last evaluation.", false),
            new Route("put", "/v1/services/{id}", "Store a service description as the next version of service {id} (validated exactly as POST /v1/evaluations), evaluate it and keep the answer's obligations. 201 when created, 200 when updated; ETag in the answer. Updating needs If-Match (428 without, 412 when stale); If-None-Match: * creates only. Writes need the bearer token from SYNTHLEX_API_TOKEN, or a server bound to loopback.", true),
            new Route("get", "/v1/services/{id}", "The service: its current description, its answer's obligations (each with its tracked state), states of obligations no longer in the answer (retired), and every version. ETag of the stored description.", false),
            new Route("delete", "/v1/services/{id}", "Delete the service with its versions and tracked states (If-Match required); its change records stay. 204.", false),
            new Route("get", "/v1/services/{id}/answer", "The full answer for the stored description, evaluated now (verbatim citations; ?lang=, ?explain= as for POST /v1/evaluations).", false),
            new Route("get", "/v1/services/{id}/versions/{version}", "One stored version of the description.", false),
            new Route("get", "/v1/services/{id}/obligations/{obligationId}", "The obligation in the service's answer, its tracked state (ETag) and every change of that state.", false),
            new Route("put", "/v1/services/{id}/obligations/{obligationId}", "Set the tracked state: {state: todo|in-progress|done|not-applicable, reason (required for not-applicable), note, evidence (http(s) URL)}. If-Match honoured when sent. Recorded with who (the token's name, or local), when, from and to.", false),
            new Route("get", "/v1/changes", "The change feed: records with id above ?since= (default 0), oldest first, ?limit= up to 1000, ?service= to narrow; next is the cursor for the following call. Kinds: obligation-added, obligation-removed, upcoming-added, upcoming-removed, citations-gained, citations-lost, now-undetermined, now-applies, now-overdue, review-needed, service-added, service-deleted, description-invalid.", false),
            new Route("get", "/v1/upcoming", "Across the register, law coming into force and due dates within ?days= (default 90) of today in Asia/Shanghai, overdue ones included and marked.", false),
            new Route("get", "/v1/register", "The register's state: database, services, the newest change id, re-evaluations pending and the last one done, webhook delivery, and how writes are authorised.", false));

    /** The query parameters of the routes that answer with an evaluation. */
    static final List<String> ANSWER_ROUTES = List.of("/v1/evaluations", "/v1/evaluations/batch", "/v1/services/{id}/answer");

    @SuppressWarnings("unchecked")
    private static void answerParameters(Map<String, Object> paths) {
        List<Object> parameters = List.of(
                Map.of("name", "citations", "in", "query", "required", false,
                        "schema", Map.of("type", "string", "enum", List.of("full", "ref"), "default", "full"),
                        "description", "full: every citation in full where it is cited. ref: each citation as {\"ref\": key, \"label\": …}"
                                + " (CitationRef) and every cited provision once, in full, in the answer's last member provisions;"
                                + " the same answer otherwise. Any other value is a 400 invalid-query problem naming citations."),
                Map.of("name", "explain", "in", "query", "required", false, "schema", Map.of("type", "string", "enum", List.of("true", "false")),
                        "description", "true adds near misses and each obligation's trace"),
                Map.of("name", "lang", "in", "query", "required", false, "schema", Map.of("type", "string"),
                        "description", "zh (or zh-…) answers in Chinese; otherwise English, or the Accept-Language header's choice"));
        for (String path : ANSWER_ROUTES) {
            Map<String, Object> item = (Map<String, Object>) paths.get(path);
            for (Object op : item.values()) ((Map<String, Object>) op).put("parameters", parameters);
        }
    }

    static String document() {
        ObjectNode schema = (ObjectNode) ServiceDescriptionParser.readTree(ServiceDescriptionParser.schemaText());
        schema.remove("$schema");
        schema.remove("$id");
        Map<String, Object> problem = Map.of("type", "object", "required", List.of("type", "title", "status"), "properties", Map.of(
                "type", Map.of("type", "string"), "title", Map.of("type", "string"), "status", Map.of("type", "integer"),
                "detail", Map.of("type", "string"), "errors", Map.of("type", "array", "items", Map.of("type", "object", "properties",
                        Map.of("pointer", Map.of("type", "string"), "message", Map.of("type", "string"))))));
        Map<String, Object> paths = new LinkedHashMap<>();
        for (Route r : concat(ROUTES, REGISTER_ROUTES)) {
            Map<String, Object> op = new LinkedHashMap<>();
            op.put("summary", r.summary());
            if (r.serviceBody()) {
                op.put("requestBody", Map.of("required", true, "content", Map.of("application/json",
                        Map.of("schema", Map.of("$ref", "#/components/schemas/ServiceDescription")))));
            }
            Map<String, Object> ok = r.produces() != null
                    ? Map.of("description", "OK", "content", Map.of(r.produces(), Map.of("schema",
                            Map.of("type", "string", "contentMediaType", r.produces()))))
                    : r.response() == null ? Map.of("description", "OK") : Map.of("description", "OK", "content",
                            Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/" + r.response()))));
            op.put("responses", Map.of(
                    "200", ok,
                    "4XX", Map.of("description", "A problem (RFC 9457)", "content",
                            Map.of("application/problem+json", Map.of("schema", Map.of("$ref", "#/components/schemas/Problem")))),
                    "503", Map.of("description", "Busy, stopping, or the decision log cannot be written: a problem (RFC 9457),"
                            + " with Retry-After when retrying will help", "content",
                            Map.of("application/problem+json", Map.of("schema", Map.of("$ref", "#/components/schemas/Problem"))))));
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(r.path(), k -> new LinkedHashMap<String, Object>());
            item.put(r.method(), op);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.1.0");
        doc.put("info", Map.of("title", "synthlex", "version", "1",
                "description", "Which Chinese AI-law obligations apply to a service; see API.md for the contract."));
        doc.put("paths", paths);
        Map<String, Object> schemas = new LinkedHashMap<>();
        schemas.put("ServiceDescription", schema);
        schemas.put("Problem", problem);
        schemas.putAll(AnswerSchemas.ALL);
        RegisterOpenApi.decorate(paths, schemas);
        answerParameters(paths);
        doc.put("components", Map.of("schemas", schemas));
        JsonNode node = Json.MAPPER.valueToTree(doc);
        return Json.pretty(node);
    }
}
