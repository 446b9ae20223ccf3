package synthlex.api;

import java.util.function.Supplier;
import synthlex.audit.DecisionLog;
import synthlex.reload.RuleBaseHolder;
import synthlex.rules.RuleBase;

/**
 * What a server is built with. {@code holder} is null when the rule base cannot be reloaded;
 * {@code adminToken} null turns the admin routes off; {@code decisionLog} null logs nothing.
 */
public record ServerOptions(
        Supplier<RuleBase> ruleBase,
        RuleBaseHolder holder,
        String adminToken,
        DecisionLog decisionLog,
        boolean redact,
        long maxBodyBytes,
        java.nio.file.Path scenariosDir,
        java.util.List<String> corsOrigins,
        byte[] benchStaticBody,
        int maxBatch,
        java.util.List<String> allowedHosts,
        int maxConnections) {

    public static final long DEFAULT_MAX_BODY_BYTES = 1_000_000;
    public static final int DEFAULT_MAX_BATCH = 1000;
    /**
     * Connections held at once (attack review R1). Beyond it the server stops accepting until one
     * closes, so a flood waits in the kernel's queue instead of filling the heap; 1,000 busy
     * connections fit in the README's 160 MB heap (docs/reliability.md).
     */
    public static final int DEFAULT_MAX_CONNECTIONS = 1000;

    public static ServerOptions of(Supplier<RuleBase> ruleBase) {
        return new ServerOptions(ruleBase, null, null, null, false, DEFAULT_MAX_BODY_BYTES, java.nio.file.Path.of("tests-scenarios"), java.util.List.of(), null, DEFAULT_MAX_BATCH, java.util.List.of(), DEFAULT_MAX_CONNECTIONS);
    }

    public static ServerOptions of(RuleBaseHolder holder, String adminToken, DecisionLog log, boolean redact, long maxBodyBytes) {
        return new ServerOptions(holder, holder, adminToken == null || adminToken.isBlank() ? null : adminToken, log, redact,
                maxBodyBytes, holder.scenariosDir(), java.util.List.of(), null, DEFAULT_MAX_BATCH, java.util.List.of(), DEFAULT_MAX_CONNECTIONS);
    }

    /** The same, allowing browsers on these origins to call the API (CORS is off by default). */
    public ServerOptions withCorsOrigins(java.util.List<String> origins) {
        return new ServerOptions(ruleBase, holder, adminToken, decisionLog, redact, maxBodyBytes, scenariosDir, java.util.List.copyOf(origins),
                benchStaticBody, maxBatch, allowedHosts, maxConnections);
    }

    /** The same, with POST /bench/static answering this pre-serialised body (for the HTTP benchmark only). */
    public ServerOptions withBenchStaticBody(byte[] body) {
        return new ServerOptions(ruleBase, holder, adminToken, decisionLog, redact, maxBodyBytes, scenariosDir, corsOrigins, body, maxBatch, allowedHosts, maxConnections);
    }

    /** The same, with another limit on the services in one batch. */
    public ServerOptions withMaxBatch(int max) {
        return new ServerOptions(ruleBase, holder, adminToken, decisionLog, redact, maxBodyBytes, scenariosDir, corsOrigins, benchStaticBody, max, allowedHosts, maxConnections);
    }

    /** The same, answering also to these host names (besides localhost, 127.0.0.1, [::1] and the bound host). */
    public ServerOptions withAllowedHosts(java.util.List<String> hosts) {
        return new ServerOptions(ruleBase, holder, adminToken, decisionLog, redact, maxBodyBytes, scenariosDir, corsOrigins, benchStaticBody,
                maxBatch, java.util.List.copyOf(hosts), maxConnections);
    }

    /** The same, holding at most this many connections at once. */
    public ServerOptions withMaxConnections(int max) {
        return new ServerOptions(ruleBase, holder, adminToken, decisionLog, redact, maxBodyBytes, scenariosDir, corsOrigins, benchStaticBody,
                maxBatch, allowedHosts, max);
    }
}
