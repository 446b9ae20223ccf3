package synthlex.api;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import synthlex.json.Json;

/**
 * Jetty's own errors (a header or URI too long, a malformed request, a bad path, a timeout) as
 * {@code application/problem+json} instead of Jetty's HTML and plain-text pages (findings R13).
 * Jetty's message is not echoed; only the status and its reason phrase.
 */
final class ProblemErrorHandler extends ErrorHandler {
    ProblemErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true; // every method gets the problem document, not only GET, POST and HEAD
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        byte[] body = body(code);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** Errors raised while parsing the request line or headers, before there is a request. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE));
        fields.put(new HttpField("X-Content-Type-Options", "nosniff"));
        return ByteBuffer.wrap(body(status));
    }

    static byte[] body(int status) {
        return Json.pretty(problem(status)).getBytes(StandardCharsets.UTF_8);
    }

    static Problem problem(int status) {
        return switch (status) {
            case 400 -> Problem.of(400, "bad-request", "Bad request", "The request is not valid HTTP or has a forbidden path.");
            case 408 -> Problem.of(408, "request-timeout", "Request timeout", "The request was not received in time.");
            case 413 -> Problem.of(413, "body-too-large", "Request body too large", "The body exceeds the size limit.");
            case 414 -> Problem.of(414, "uri-too-long", "URI too long", "The request URI exceeds the server's limit.");
            case 431 -> Problem.of(431, "header-too-large", "Request header fields too large", "The request headers exceed the server's limit.");
            case 500 -> Problem.of(500, "internal-error", "Internal error", "The server could not answer this request; the error has been logged.");
            default -> {
                String reason = HttpStatus.getMessage(status);
                yield Problem.of(status, "http-" + status, reason == null ? "HTTP " + status : reason, reason);
            }
        };
    }
}
