package synthlex.register;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import synthlex.json.Json;

/**
 * Pushes change records to {@code --webhook URL}. Each change record is put in an outbox table in
 * the same transaction that writes it, so none is lost when the receiver is down or the server is
 * killed; a background thread posts them in id order, in batches of up to 100, as
 * {@code {"changes": [...]}} with {@code X-Synthlex-Signature: sha256=<hex HMAC-SHA256 of the body>}
 * keyed by {@code SYNTHLEX_WEBHOOK_SECRET}. A failed batch is retried with exponential backoff
 * (1 s, 2 s, 4 s, … up to 10 minutes); nothing a request does ever waits for it. Delivery is at
 * least once: a receiver that needs exactly once keeps the highest change id it has seen.
 */
final class Webhook implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Webhook.class);
    static final int BATCH = 100;
    static final Duration MAX_BACKOFF = Duration.ofMinutes(10);
    static final long POLL_MILLIS = Long.getLong("synthlex.webhook.pollMillis", 1000);

    private final Database db;
    private final URI url;
    private final byte[] secret;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "register-webhook");
        t.setDaemon(true);
        return t;
    });
    private volatile String lastError;
    private volatile long delivered;

    Webhook(Database db, URI url, String secret, Clock clock) {
        this.db = db;
        this.url = url;
        this.secret = secret == null ? null : secret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    void start() {
        sender.scheduleWithFixedDelay(this::deliverDue, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Posts every batch that is due, oldest first; stops at the first failure (order is kept). */
    void deliverDue() {
        try {
            while (true) {
                String now = Store.now(clock);
                List<Long> ids = new ArrayList<>();
                ArrayNode changes = Json.MAPPER.createArrayNode();
                int attempts = db.read(c -> {
                    int max = 0;
                    try (PreparedStatement st = c.prepareStatement("SELECT c.id, c.at, c.service_id, c.kind, c.obligation_id, c.cause,"
                            + " c.run_id, c.rule_base, c.detail, o.attempts, o.next_attempt FROM webhook_outbox o"
                            + " JOIN changes c ON c.id = o.change_id ORDER BY o.change_id LIMIT ?")) {
                        st.setInt(1, BATCH);
                        try (ResultSet rs = st.executeQuery()) {
                            while (rs.next()) {
                                if (ids.isEmpty() && rs.getString("next_attempt").compareTo(now) > 0) return -1; // backing off
                                ids.add(rs.getLong("id"));
                                changes.add(Feed.record(rs));
                                max = Math.max(max, rs.getInt("attempts"));
                            }
                        }
                    }
                    return max;
                });
                if (attempts < 0 || ids.isEmpty()) return;
                ObjectNode body = Json.MAPPER.createObjectNode();
                body.set("changes", changes);
                String error = post(Json.compactBytes(body), ids.get(0), ids.get(ids.size() - 1));
                if (error == null) {
                    remove(ids);
                    delivered += ids.size();
                    lastError = null;
                } else {
                    backOff(ids, attempts + 1, error);
                    lastError = error;
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("webhook: {}", e.getMessage());
        }
    }

    /** Null when the receiver answered 2xx, else what went wrong. */
    private String post(byte[] body, long first, long last) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("User-Agent", "synthlex-register")
                .header("X-Synthlex-Delivery", first + "-" + last)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (secret != null) request.header("X-Synthlex-Signature", "sha256=" + sign(secret, body));
        try {
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
        } catch (java.io.IOException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** HMAC-SHA256 of the body, hex: what the receiver recomputes with the shared secret. */
    static String sign(byte[] secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private void remove(List<Long> ids) {
        db.tx(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM webhook_outbox WHERE change_id = ?")) {
                for (long id : ids) {
                    st.setLong(1, id);
                    st.addBatch();
                }
                st.executeBatch();
            }
            return null;
        });
    }

    private void backOff(List<Long> ids, int attempts, String error) {
        long seconds = Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(attempts - 1, 20));
        String next = Times.format(Instant.now(clock).plusSeconds(seconds));
        db.tx(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "UPDATE webhook_outbox SET attempts = ?, next_attempt = ?, last_error = ? WHERE change_id = ?")) {
                for (long id : ids) {
                    st.setInt(1, attempts);
                    st.setString(2, next);
                    st.setString(3, error.length() > 500 ? error.substring(0, 500) : error);
                    st.setLong(4, id);
                    st.addBatch();
                }
                st.executeBatch();
            }
            return null;
        });
        LOG.warn("webhook {}: delivery of changes {}-{} failed ({}); retry {} in {} s", url, ids.get(0), ids.get(ids.size() - 1),
                error, attempts, seconds);
    }

    ObjectNode describe() {
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("url", url.toString());
        out.put("signed", secret != null);
        out.put("waiting", (long) db.read(c -> Store.scalarLong(c, "SELECT COUNT(*) FROM webhook_outbox")));
        out.put("deliveredSinceStart", delivered);
        if (lastError != null) out.put("lastError", lastError);
        return out;
    }

    @Override public void close() {
        sender.shutdownNow();
    }
}
