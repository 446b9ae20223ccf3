package synthlex.api;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Server;

/**
 * Keeps web pages the user visits from using the local server (finding R8). A request whose
 * {@code Host} is not a name this server answers to is refused, so DNS rebinding fails; a POST
 * whose {@code Origin} is neither this server nor a configured CORS origin is refused, so a
 * cross-site page cannot trigger evaluations or reloads.
 */
final class LocalSafety {
    private final Set<String> names = new HashSet<>(Set.of("localhost", "127.0.0.1", "[::1]"));
    private final Set<String> corsOrigins = new HashSet<>();
    private final Supplier<Server> server;
    private volatile boolean boundNameAdded;

    LocalSafety(ServerOptions options, Supplier<Server> server) {
        this.server = server;
        options.allowedHosts().forEach(h -> names.add(bracket(h.trim().toLowerCase(Locale.ROOT))));
        String env = System.getenv("SYNTHLEX_ALLOWED_HOSTS");
        if (env != null) for (String h : env.split(",")) if (!h.isBlank()) names.add(bracket(h.trim().toLowerCase(Locale.ROOT)));
        options.corsOrigins().forEach(o -> corsOrigins.add(o.trim().toLowerCase(Locale.ROOT)));
    }

    /**
     * Run as a before-matched handler, after Javalin's CORS plugin: that plugin marks a request from any
     * origin it was not given 400 and lets it run on, so a page served by this server itself got a 400
     * carrying a normal answer. A request that passes here is allowed, so that mark is undone.
     */
    void check(Context ctx) {
        refuse(ctx);
        if (ctx.statusCode() == 400) ctx.status(200);
    }

    private void refuse(Context ctx) {
        String host = ctx.header("Host");
        if (host != null && !allowedHost(ctx, hostName(host))) {
            throw new ForbiddenResponse("Host '" + shorten(host) + "' is not a name this server answers to; "
                    + "add it with SYNTHLEX_ALLOWED_HOSTS if it should be.");
        }
        String method = ctx.method().name();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) return;
        String origin = ctx.header("Origin");
        boolean crossSite = "cross-site".equalsIgnoreCase(ctx.header("Sec-Fetch-Site"));
        if (origin == null && !crossSite) return; // not a browser, or a same-origin request from an old one
        if (origin != null && sameOrigin(origin, host)) return;
        if (origin != null && corsOrigins.contains(origin.trim().toLowerCase(Locale.ROOT))) return;
        throw new ForbiddenResponse("Cross-origin " + method + " refused: origin '" + shorten(String.valueOf(origin))
                + "' is not this server and not a configured CORS origin.");
    }

    private static boolean sameOrigin(String origin, String host) {
        if (host == null) return false;
        String o = origin.trim().toLowerCase(Locale.ROOT);
        String h = host.trim().toLowerCase(Locale.ROOT);
        return o.equals("http://" + h) || o.equals("https://" + h);
    }

    private boolean allowedHost(Context ctx, String name) {
        if (names.contains(name)) return true;
        if (!boundNameAdded) addBoundName();
        if (names.contains(name)) return true;
        // an IP literal naming the address this connection arrived on cannot be a rebound name
        String local = ctx.req().getLocalAddr();
        return local != null && name.equals(bracket(local.toLowerCase(Locale.ROOT)));
    }

    /** The --host value, as the connector was bound to it. */
    private synchronized void addBoundName() {
        Server s = server.get();
        if (s == null) return;
        for (Connector c : s.getConnectors()) {
            if (c instanceof NetworkConnector n && n.getHost() != null) names.add(bracket(n.getHost().toLowerCase(Locale.ROOT)));
        }
        boundNameAdded = true;
    }

    static String hostName(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        String name = colon < 0 ? h : h.substring(0, colon);
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    private static String bracket(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static String shorten(String s) {
        return s.length() > 100 ? s.substring(0, 100) + "…" : s;
    }
}
