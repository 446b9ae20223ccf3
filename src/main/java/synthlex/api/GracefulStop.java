package synthlex.api;

import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * Makes stopping graceful under load (attack review R17). When the server is asked to stop:
 * <ul>
 * <li>requests arriving on open connections get 503 problem+json with {@code Retry-After};</li>
 * <li>requests already accepted go on (queued ones start when they get a CPU slot) for
 *     {@link #drainMillis()}; after that, one still waiting for a slot is refused with 503 problem+json
 *     when it gets one, and a batch still running is refused between items ({@link #refuseIfDrainOver});</li>
 * <li>Jetty's own stop timeout ({@link #TIMEOUT_MILLIS}, longer than the drain) is the last resort;
 *     {@link #cutOff} says how many requests it cut off.</li>
 * </ul>
 * Jetty needs a GracefulHandler in front and a stop timeout for any of this; Javalin sets up neither.
 */
public final class GracefulStop {
    static final long TIMEOUT_MILLIS = 30_000;
    private static final String ATTRIBUTE = GracefulStop.class.getName();
    /** The answer given in place of work refused because the server is stopping. */
    static final Problem STOPPING = Problem.of(503, "server-stopping", "Server stopping", "The server is shutting down; retry shortly.");
    private static final byte[] STOPPING_PROBLEM = synthlex.json.Json.pretty(STOPPING).getBytes(StandardCharsets.UTF_8);

    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile long stoppingSince; // 0 while running
    private volatile int cutOff = -1;

    private GracefulStop() { }

    /** How long batches in flight may keep running once a stop began ({@code -Dsynthlex.stopDrainMillis}, default 20 s). */
    static long drainMillis() {
        return Long.getLong("synthlex.stopDrainMillis", 20_000);
    }

    /** Puts the stop handling in front of the server's handler, with {@code inner} (e.g. {@link BodyFirst}) between them. */
    static void install(Server server, java.util.function.UnaryOperator<Handler> inner) {
        GracefulStop state = new GracefulStop();
        server.setStopTimeout(TIMEOUT_MILLIS);
        server.setAttribute(ATTRIBUTE, state);
        server.addEventListener(new LifeCycle.Listener() {
            @Override public void lifeCycleStarting(LifeCycle event) {
                Handler current = server.getHandler();
                if (current instanceof Tracker) return;
                GracefulHandler graceful = new GracefulHandler();
                graceful.setHandler(inner.apply(current));
                server.setHandler(state.new Tracker(graceful));
            }

            @Override public void lifeCycleStopping(LifeCycle event) {
                state.stoppingSince = System.nanoTime();
            }

            @Override public void lifeCycleStopped(LifeCycle event) {
                state.cutOff = state.inFlight.get();
            }
        });
    }

    /** Requests that were still unanswered when the server stopped (0 when all were answered or refused); -1 before then. */
    public static int cutOff(org.eclipse.jetty.server.Server server) {
        Object s = server.getAttribute(ATTRIBUTE);
        return s instanceof GracefulStop g ? g.cutOff : -1;
    }

    /** Whether a stop has waited {@link #drainMillis()} for this request: what it has not started yet is refused. */
    static boolean drainOver(Context ctx) {
        GracefulStop s = of(ctx);
        return s != null && s.stoppingSince != 0 && System.nanoTime() - s.stoppingSince > drainMillis() * 1_000_000;
    }

    /** Refuses (503) work not yet started once the stop has waited {@link #drainMillis()} for it. */
    static void refuseIfDrainOver(Context ctx) {
        if (drainOver(ctx)) throw new Cores.Unavailable("server-stopping", STOPPING.title(), STOPPING.detail(), "5");
    }

    private static GracefulStop of(Context ctx) {
        return ctx.attribute(ATTRIBUTE) instanceof GracefulStop g ? g : null;
    }

    /** Counts requests in flight, hands the state to routes, and answers new requests during a stop itself. */
    private final class Tracker extends Handler.Wrapper {
        Tracker(Handler handler) { super(handler); }

        @Override public boolean handle(Request request, Response response, Callback callback) throws Exception {
            if (stoppingSince != 0) {
                response.setStatus(503);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
                response.getHeaders().put(HttpHeader.RETRY_AFTER, "5");
                response.getHeaders().put(HttpHeader.CONNECTION, "close");
                response.write(true, ByteBuffer.wrap(STOPPING_PROBLEM), callback);
                return true;
            }
            request.setAttribute(ATTRIBUTE, GracefulStop.this);
            inFlight.incrementAndGet();
            Callback counted = new Callback.Nested(callback) {
                @Override public void succeeded() { inFlight.decrementAndGet(); super.succeeded(); }
                @Override public void failed(Throwable x) { inFlight.decrementAndGet(); super.failed(x); }
            };
            boolean handled;
            try {
                handled = super.handle(request, response, counted);
            } catch (Exception | Error e) {
                inFlight.decrementAndGet();
                throw e;
            }
            if (!handled) inFlight.decrementAndGet();
            return handled;
        }
    }
}
