package synthlex.register;

import java.util.Arrays;

/**
 * The conditional-request headers of a write (RFC 9110 §13). {@code If-Match} compares entity tags
 * strongly, so a weak tag ({@code W/"…"}) never matches; {@code *} matches any stored service.
 * {@code If-None-Match: *} asks to create only: it fails if the service exists.
 */
public record Preconditions(String ifMatch, String ifNoneMatch, boolean upsert) {
    public static final Preconditions NONE = new Preconditions(null, null);
    /** Create or replace, whatever is stored: for {@code register import}, which is run by whoever owns the database. */
    public static final Preconditions UPSERT = new Preconditions(null, null, true);

    public Preconditions(String ifMatch, String ifNoneMatch) {
        this(ifMatch, ifNoneMatch, false);
    }

    boolean hasIfMatch() {
        return ifMatch != null && !ifMatch.isBlank();
    }

    boolean createOnly() {
        return ifNoneMatch != null && ifNoneMatch.trim().equals("*");
    }

    boolean matches(String etag) {
        if (!hasIfMatch()) return true;
        String value = ifMatch.trim();
        if (value.equals("*")) return true;
        return Arrays.stream(value.split(",")).map(String::trim).anyMatch(etag::equals);
    }

    static RegisterException stale(String what, String current) {
        return new RegisterException(412, "precondition-failed", "Precondition failed",
                "If-Match does not match the current " + what + (current == null ? "" : " (ETag " + current + ")")
                        + ": it was changed since you read it; GET it again, reapply your change and retry.");
    }

    static RegisterException required(String what, String current) {
        return new RegisterException(428, "precondition-required", "Precondition required",
                "Changing a stored " + what + " needs If-Match with its current ETag (" + current
                        + "), so that a change made by someone else since you read it is not overwritten.");
    }
}
