package synthlex.api;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Server;
import synthlex.register.RegisterException;

/**
 * Who may write to the register. With {@code SYNTHLEX_API_TOKEN} set, a write needs
 * {@code Authorization: Bearer <token>} (compared in constant time, like the admin token) and is
 * recorded under the token's name. Without it, writes are allowed only while the server is bound to
 * loopback (the default), recorded as {@code local}: only this machine can reach it. Bound to any
 * other address without a token, the register is read-only (403).
 *
 * <p>The variable holds one token (named {@code token}) or several named ones,
 * {@code alice:SECRET1,bob:SECRET2}, so each team's writes carry its name.
 */
final class WriteAccess {
    record Token(String name, byte[] secret) { }

    private final List<Token> tokens;
    private final Supplier<Server> server;
    private final FailedTokens failedTokens = new FailedTokens();
    private volatile Boolean loopback;

    WriteAccess(String spec, Supplier<Server> server) {
        this.tokens = parse(spec);
        this.server = server;
    }

    static List<Token> parse(String spec) {
        List<Token> out = new ArrayList<>();
        if (spec == null || spec.isBlank()) return out;
        if (!spec.contains(":")) {
            out.add(new Token("token", spec.trim().getBytes(StandardCharsets.UTF_8)));
            return out;
        }
        for (String entry : spec.split(",")) {
            int colon = entry.indexOf(':');
            if (colon <= 0 || colon == entry.length() - 1) {
                throw new IllegalArgumentException("SYNTHLEX_API_TOKEN: each entry must be NAME:TOKEN, separated by commas");
            }
            out.add(new Token(entry.substring(0, colon).trim(), entry.substring(colon + 1).trim().getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }

    /** "token", "loopback" or "read-only": how writes are decided on this server. */
    String mode() {
        if (!tokens.isEmpty()) return "token";
        return boundToLoopback() ? "loopback" : "read-only";
    }

    /** The name a write is recorded under; throws the 401, 403 or 429 problem when it may not write. */
    String writer(Context ctx) {
        if (tokens.isEmpty()) {
            if (boundToLoopback()) return "local";
            throw new RegisterException(403, "read-only", "Register is read-only",
                    "This server is reachable from other machines and no SYNTHLEX_API_TOKEN is set, so the register"
                            + " cannot be changed over HTTP; set SYNTHLEX_API_TOKEN and send Authorization: Bearer <token>.");
        }
        String client = ctx.req().getRemoteAddr();
        long retryAfter = failedTokens.blockedFor(client);
        if (retryAfter > 0) {
            ctx.header("Retry-After", Long.toString(retryAfter));
            throw new RegisterException(429, "too-many-requests", "Too many requests",
                    "Too many failed tokens from this address; retry in " + retryAfter + " s.");
        }
        String name = match(ctx.header("Authorization"));
        if (name == null) {
            failedTokens.record(client);
            ctx.header("WWW-Authenticate", "Bearer");
            throw new RegisterException(401, "unauthorised", "Unauthorised",
                    "Changing the register needs Authorization: Bearer <token> with a token from SYNTHLEX_API_TOKEN.");
        }
        return name;
    }

    /** Compares with every token in constant time, all of them every time, so timing tells nothing about any. */
    private String match(String header) {
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) return null;
        byte[] given = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        String found = null;
        for (Token t : tokens) {
            if (MessageDigest.isEqual(given, t.secret()) && found == null) found = t.name();
        }
        return found;
    }

    /** Every connector listens on a loopback address (an unset host means every interface: not loopback). */
    boolean boundToLoopback() {
        Boolean known = loopback;
        if (known != null) return known;
        Server s = server.get();
        if (s == null) return false;
        boolean all = true;
        int seen = 0;
        for (Connector c : s.getConnectors()) {
            if (!(c instanceof NetworkConnector n)) continue;
            seen++;
            String host = n.getHost();
            try {
                if (host == null || host.isBlank() || !InetAddress.getByName(host).isLoopbackAddress()) all = false;
            } catch (UnknownHostException e) {
                all = false;
            }
        }
        boolean result = seen > 0 && all;
        if (s.isStarted()) loopback = result; // connectors do not change once started
        return result;
    }
}
