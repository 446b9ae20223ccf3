package synthlex.api;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import synthlex.json.Json;

/** A problem+json answer written by a Jetty handler in front of the routes, where Javalin's context does not exist yet. */
final class RawProblem {
    private RawProblem() { }

    static void write(Response response, Callback callback, Problem problem, String retryAfter) {
        int status = problem.status();
        byte[] body = Json.pretty(problem).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        if (retryAfter != null) response.getHeaders().put(HttpHeader.RETRY_AFTER, retryAfter);
        if (status == 408 || status == 413) response.getHeaders().put(HttpHeader.CONNECTION, "close"); // the rest of the body is not read
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
