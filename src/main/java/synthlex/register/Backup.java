package synthlex.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import synthlex.engine.Evaluator;
import synthlex.input.ServiceDescriptionParser;
import synthlex.json.Json;

/**
 * {@code register export} and its restore: one JSON line per service with every version of its
 * description (who stored it, when) and every tracked state with its history. Answers and change
 * records are not exported: answers are recomputed on restore, and the feed starts afresh.
 */
public final class Backup {
    private final Register register;

    public Backup(Register register) {
        this.register = register;
    }

    /** Writes every service as one line, in id order; returns how many. */
    public int export(Writer out) {
        Database db = register.database();
        int n = 0;
        String after = null;
        while (true) {
            String from = after;
            List<Store.ServiceRow> rows = db.read(c -> Store.services(c, from, 200));
            if (rows.isEmpty()) return n;
            for (Store.ServiceRow row : rows) {
                ObjectNode line = db.read(c -> {
                    ObjectNode o = Json.MAPPER.createObjectNode();
                    o.put("id", row.id());
                    o.put("createdAt", row.createdAt());
                    ArrayNode versions = o.putArray("versions");
                    for (Store.Version v : Store.versions(c, row.id(), true)) {
                        versions.addObject().put("version", v.version()).put("createdAt", v.createdAt()).put("createdBy", v.createdBy())
                                .set("description", Store.readTree(v.description()));
                    }
                    o.set("tracking", Tracking.export(c, row.id()));
                    return o;
                });
                try {
                    out.write(Json.compact(line));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                n++;
            }
            after = rows.get(rows.size() - 1).id();
        }
    }

    /**
     * Restores one exported line into the register, with its versions and tracked states as they
     * were; the latest version is evaluated on the current rule base. False (nothing written) when
     * a service with that id is already stored.
     */
    public boolean restore(JsonNode line) {
        String id = line.path("id").asText(null);
        Register.checkId(id);
        JsonNode versions = line.path("versions");
        if (!versions.isArray() || versions.isEmpty()) throw new RegisterException(400, "invalid-backup", "Invalid backup line",
                "service '" + id + "' has no versions");
        JsonNode latest = versions.get(versions.size() - 1).path("description");
        var service = ServiceDescriptionParser.parse(latest);
        for (JsonNode v : versions) ServiceDescriptionParser.parse(v.path("description")); // every version valid before any is written
        long runSeen = register.watch().latestRun();
        var rb = register.ruleBase().get();
        AnswerDigest digest = register.slots().run(() -> AnswerDigest.of(new Evaluator(rb).evaluate(service)));
        AnswerDigest.Hashes hashes = digest.hashes();
        String now = Store.now(register.clock());
        return register.database().tx(c -> {
            if (!Store.insertService(c, id, java.util.UUID.randomUUID().toString().substring(0, 8), service.name(),
                    line.path("createdAt").asText(now))) {
                return false;
            }
            int n = 0;
            for (JsonNode v : versions) {
                n++;
                Store.insertVersion(c, id, n, Json.compact(v.path("description")), v.path("createdAt").asText(now), v.path("createdBy").asText("restore"));
            }
            try (var st = c.prepareStatement("UPDATE services SET version = ?, updated_at = ? WHERE id = ?")) {
                st.setInt(1, n);
                st.setString(2, versions.get(versions.size() - 1).path("createdAt").asText(now));
                st.setString(3, id);
                st.executeUpdate();
            }
            for (JsonNode t : line.path("tracking")) restoreTracking(c, id, t, now);
            Store.ServiceRow row = Store.service(c, id);
            register.recorder().record(c, row, digest, hashes, "description", null, runSeen, now);
            register.recorder().serviceEvent(c, id, "service-added", "restore", digest.ruleBase(), now,
                    Json.MAPPER.createObjectNode().put("name", service.name()));
            return true;
        });
    }

    private static void restoreTracking(java.sql.Connection c, String id, JsonNode t, String now) throws java.sql.SQLException {
        String obligation = t.path("obligationId").asText();
        int revision = 0;
        for (JsonNode h : t.path("history")) {
            revision++;
            Tracking.history(c, id, obligation, h.path("at").asText(now), h.path("who").asText("restore"),
                    h.path("from").asText("todo").equals("todo") && revision == 1 ? null : h.path("from").asText(null),
                    new Tracking.Change(h.path("to").asText(), text(h, "reason"), text(h, "note"), text(h, "evidence")));
        }
        Tracking.Change state = new Tracking.Change(t.path("state").asText("todo"), text(t, "reason"), text(t, "note"), text(t, "evidence"));
        Tracking.write(c, id, obligation, state, text(t, "doneFingerprint"), Math.max(revision, 1), t.path("updatedAt").asText(now), t.path("updatedBy").asText("restore"));
        if (t.path("review").asBoolean(false)) Store.flagReview(c, id, List.of(obligation), t.path("reviewSince").asText(now));
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
