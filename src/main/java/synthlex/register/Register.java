package synthlex.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import synthlex.engine.Evaluator;
import synthlex.input.InputError;
import synthlex.input.ServiceDescriptionParser;
import synthlex.json.Json;
import synthlex.model.ServiceDescription;
import synthlex.rules.RuleBase;

/**
 * The register of services (issue 16): stored descriptions with every version, the answer of each,
 * the tracked state of each obligation, and the change feed. The HTTP routes and the CLI both work
 * through this class; it knows nothing of HTTP (errors are {@link RegisterException}s).
 */
public final class Register implements AutoCloseable {
    /** A service id: a file name's worth of letters, digits, dots, dashes and underscores. */
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    /** How the register is run: its clock, the optional webhook, and whether the daily re-evaluation is scheduled. */
    public record Config(Clock clock, URI webhook, String webhookSecret, boolean scheduleDaily, boolean watch) {
        public static Config defaults() {
            return new Config(Clock.systemUTC(), null, null, true, true);
        }

        public Config withClock(Clock c) { return new Config(c, webhook, webhookSecret, scheduleDaily, watch); }

        public Config withWebhook(URI url, String secret) { return new Config(clock, url, secret, scheduleDaily, watch); }

        public Config withoutDailySchedule() { return new Config(clock, webhook, webhookSecret, false, watch); }

        /** For a short-lived command: no re-evaluation runs at all (the next server start catches up). */
        public Config passive() { return new Config(clock, webhook, webhookSecret, false, false); }
    }

    /** Where evaluations run: the server passes its CPU slots, so register work queues with the rest. */
    public interface Slots {
        <T> T run(Supplier<T> work);
    }

    static final Slots DIRECT = Supplier::get;

    private final Database db;
    private final Supplier<RuleBase> ruleBase;
    private final Config config;
    private final Recorder recorder;
    private final Tracking tracking;
    private final Feed feed;
    private final ChangeWatch watch;
    private final Webhook webhook;
    private volatile Slots slots = DIRECT;

    private Register(Database db, Supplier<RuleBase> ruleBase, Config config) {
        this.db = db;
        this.ruleBase = ruleBase;
        this.config = config;
        this.recorder = new Recorder(db, config.webhook() != null);
        this.tracking = new Tracking(db, config.clock());
        this.feed = new Feed(db, config.clock());
        this.watch = new ChangeWatch(this);
        this.webhook = config.webhook() == null ? null : new Webhook(db, config.webhook(), config.webhookSecret(), config.clock());
    }

    /**
     * Opens the register on {@code db}: completes any re-evaluation a previous process left
     * unfinished, re-evaluates what the current rule base or today's date has made stale, and
     * (unless told not to) schedules the daily run and starts the webhook sender.
     */
    public static Register open(Database db, Supplier<RuleBase> ruleBase, Config config) {
        Register r = new Register(db, ruleBase, config);
        if (config.watch()) r.watch.start(config.scheduleDaily());
        if (r.webhook != null) r.webhook.start();
        return r;
    }

    public Database database() { return db; }

    public Tracking tracking() { return tracking; }

    public Feed feed() { return feed; }

    public ChangeWatch watch() { return watch; }

    Supplier<RuleBase> ruleBase() { return ruleBase; }

    Clock clock() { return config.clock(); }

    Recorder recorder() { return recorder; }

    Slots slots() { return slots; }

    /** Evaluations of this register run in these slots from now on (the server's CPU slots). */
    public void useSlots(Slots s) {
        this.slots = s == null ? DIRECT : s;
    }

    /** Today in China: the day answers are given as of, and due dates are compared with. */
    public LocalDate today() {
        return LocalDate.now(config.clock().withZone(Evaluator.CHINA));
    }

    /** The outcome of a PUT: whether the service was created, its ETag and its view. */
    public record Stored(boolean created, boolean changed, String etag, ObjectNode view) { }

    /**
     * Stores a description as the next version of service {@code id} (or its first). It is
     * validated exactly as {@code POST /v1/evaluations} validates a body, and evaluated before
     * anything is written, so a stored version always has an answer. A description equal to the
     * current one stores nothing new.
     */
    public Stored put(String id, JsonNode description, Preconditions pre, String who) {
        checkId(id);
        ServiceDescription service = ServiceDescriptionParser.parse(description);
        long runSeen = watch.latestRun(); // read before evaluating: a run requested after this covers this answer too
        RuleBase rb = ruleBase.get();
        AnswerDigest digest = slots.run(() -> AnswerDigest.of(new Evaluator(rb).evaluate(service)));
        AnswerDigest.Hashes hashes = digest.hashes();
        String text = Json.compact(description);
        String now = Store.now(config.clock());
        return db.tx(c -> {
            Store.ServiceRow row = Store.service(c, id);
            boolean created = row == null;
            if (created) {
                if (pre.hasIfMatch() && !pre.ifMatch().trim().equals("*")) throw Preconditions.stale("service '" + id + "' (none is stored)", null);
                if (pre.hasIfMatch()) throw new RegisterException(412, "precondition-failed", "Precondition failed",
                        "If-Match: * asks to replace a stored service, and no service '" + id + "' is stored.");
                if (!Store.insertService(c, id, UUID.randomUUID().toString().substring(0, 8), service.name(), now)) {
                    throw new RegisterException(409, "conflict", "Conflict",
                            "Service '" + id + "' was created by another request at the same moment; GET it and retry with If-Match.");
                }
            } else {
                if (pre.createOnly()) throw new RegisterException(412, "precondition-failed", "Precondition failed",
                        "If-None-Match: * asks to create service '" + id + "', and it is already stored (ETag " + row.etag() + ").");
                if (!pre.upsert() && !pre.hasIfMatch()) throw Preconditions.required("service", row.etag());
                if (!pre.matches(row.etag())) throw Preconditions.stale("service", row.etag());
                if (text.equals(Store.description(c, id, row.version()))) {
                    return new Stored(false, false, row.etag(), Views.service(c, row, today()));
                }
                if (!Store.bumpVersion(c, id, row.version(), service.name(), now)) throw Preconditions.stale("service", null);
            }
            Store.ServiceRow current = Store.service(c, id);
            Store.insertVersion(c, id, current.version(), text, now, who);
            recorder.record(c, current, digest, hashes, "description", null, runSeen, now);
            if (created) recorder.serviceEvent(c, id, "service-added", "description", digest.ruleBase(), now,
                    Json.MAPPER.createObjectNode().put("name", service.name()));
            Store.ServiceRow stored = Store.service(c, id);
            return new Stored(created, true, stored.etag(), Views.service(c, stored, today()));
        });
    }

    /** The service with its description, its answer's obligations and their tracked states, and its versions. */
    public Stored get(String id) {
        checkId(id);
        return db.read(c -> {
            Store.ServiceRow row = Store.service(c, id);
            if (row == null) throw RegisterException.notFound(id);
            return new Stored(false, false, row.etag(), Views.service(c, row, today()));
        });
    }

    /** One stored version of a description. */
    public JsonNode version(String id, int version) {
        checkId(id);
        return db.read(c -> {
            if (Store.service(c, id) == null) throw RegisterException.notFound(id);
            String text = Store.description(c, id, version);
            if (text == null) throw new RegisterException(404, "unknown-version", "Unknown version",
                    "Service '" + id + "' has no version " + version + "; GET /v1/services/" + id + " lists its versions.");
            return Store.readTree(text);
        });
    }

    /** The current description of a stored service, parsed (for evaluating it afresh). */
    public ServiceDescription description(String id) {
        checkId(id);
        String text = db.read(c -> {
            Store.ServiceRow row = Store.service(c, id);
            if (row == null) throw RegisterException.notFound(id);
            return Store.description(c, id, row.version());
        });
        return ServiceDescriptionParser.parse(Store.readTree(text));
    }

    /** A page of the register: services in id order after {@code after}, each with its counts. */
    public ObjectNode list(String after, int limit) {
        if (limit < 1 || limit > 1000) throw RegisterException.invalidQuery("limit", "limit must be between 1 and 1000, not " + limit);
        return db.read(c -> {
            List<Store.ServiceRow> rows = Store.services(c, after, limit + 1);
            boolean more = rows.size() > limit;
            if (more) rows = rows.subList(0, limit);
            ObjectNode out = Json.MAPPER.createObjectNode();
            ArrayNode services = out.putArray("services");
            for (ObjectNode s : Views.summaries(c, rows, today())) services.add(s);
            out.put("next", more ? rows.get(rows.size() - 1).id() : null);
            return out;
        });
    }

    /** Deletes a service with its versions and tracked states; its change records stay in the feed. */
    public void delete(String id, Preconditions pre, String who) {
        checkId(id);
        String now = Store.now(config.clock());
        db.tx(c -> {
            Store.ServiceRow row = Store.service(c, id);
            if (row == null) throw RegisterException.notFound(id);
            if (!pre.hasIfMatch()) throw Preconditions.required("service", row.etag());
            if (!pre.matches(row.etag())) throw Preconditions.stale("service", row.etag());
            Store.deleteService(c, id);
            recorder.serviceEvent(c, id, "service-deleted", "description", row.ruleBase(), now,
                    Json.MAPPER.createObjectNode().put("name", row.name()).put("by", who).put("version", row.version()));
            return null;
        });
    }

    /** The register's state: where it lives, how many services, the re-evaluations pending and the last one done. */
    public ObjectNode status() {
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("database", db.vendor().name().toLowerCase(java.util.Locale.ROOT));
        out.put("services", (long) db.read(c -> Store.scalarLong(c, "SELECT COUNT(*) FROM services")));
        out.put("changes", (long) db.read(c -> Store.scalarLong(c, "SELECT COALESCE(MAX(id), 0) FROM changes")));
        watch.describe(out);
        if (webhook != null) out.set("webhook", webhook.describe());
        return out;
    }

    static void checkId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw RegisterException.invalid("Invalid service id", List.of(new InputError("/id", "service id '"
                    + (id == null ? "" : id.length() > 60 ? id.substring(0, 60) + "…" : id)
                    + "' must be 1-128 letters, digits, '.', '-' or '_', starting with a letter or digit")));
        }
    }

    @Override public void close() {
        watch.close();
        if (webhook != null) webhook.close();
    }
}
