package synthlex.api;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;

/** The request id a client sent in X-Request-Id if it is a sane token, else a new one; echoed back and logged. */
final class RequestIds {
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final String ATTRIBUTE = "synthlex.requestId";

    private RequestIds() { }

    static String of(Context ctx) {
        Object known = ctx.attribute(ATTRIBUTE);
        if (known != null) return known.toString();
        String given = ctx.header("X-Request-Id");
        String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        ctx.attribute(ATTRIBUTE, id);
        return id;
    }
}
