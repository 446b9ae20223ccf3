package synthlex.api;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * Makes stopping graceful: requests in flight finish (up to the timeout) while new ones are
 * refused, instead of being cut off. Jetty does this only with a GracefulHandler in front and a
 * stop timeout, which Javalin does not set up itself.
 */
final class GracefulStop {
    static final long TIMEOUT_MILLIS = 30_000;

    private GracefulStop() { }

    static void install(Server server) {
        server.setStopTimeout(TIMEOUT_MILLIS);
        server.addEventListener(new LifeCycle.Listener() {
            @Override public void lifeCycleStarting(LifeCycle event) {
                Handler current = server.getHandler();
                if (current instanceof GracefulHandler) return;
                GracefulHandler graceful = new GracefulHandler();
                graceful.setHandler(current);
                server.setHandler(graceful);
            }
        });
    }
}
