package synthlex.register;

import java.util.List;
import synthlex.input.InputError;

/**
 * A register operation that cannot be done, with what the HTTP API answers for it (an RFC 9457
 * problem: status, slug, title, detail and, for invalid bodies, every problem with its pointer).
 * The register does not know HTTP; the routes turn this into problem+json and the CLI into one line.
 */
public class RegisterException extends RuntimeException {
    private final int status;
    private final String slug;
    private final String title;
    private final List<InputError> errors;

    public RegisterException(int status, String slug, String title, String detail, List<InputError> errors) {
        this(status, slug, title, detail, errors, null);
    }

    RegisterException(int status, String slug, String title, String detail, List<InputError> errors, Throwable cause) {
        super(detail, cause, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors;
    }

    public RegisterException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, null);
    }

    public int status() { return status; }

    public String slug() { return slug; }

    public String title() { return title; }

    public String detail() { return getMessage(); }

    public List<InputError> errors() { return errors; }

    static RegisterException notFound(String id) {
        return new RegisterException(404, "unknown-service", "Unknown service",
                "No service '" + id + "' is stored; GET /v1/services lists them.");
    }

    static RegisterException invalid(String title, List<InputError> errors) {
        return new RegisterException(400, title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"), title,
                errors.size() == 1 ? "1 problem in the request" : errors.size() + " problems in the request", errors);
    }

    /** A bad query parameter, named as it is spelled in the query. */
    public static RegisterException invalidQuery(String parameter, String message) {
        return new RegisterException(400, "invalid-query", "Invalid query", "1 problem in the query",
                List.of(new InputError(parameter, message)));
    }

    /** The register cannot be opened or migrated: a start-up failure, reported as one line. */
    public static final class Setup extends RegisterException {
        public Setup(String message) {
            super(500, "register-setup", "Register not available", message);
        }
    }

    /** The database failed (down, full, locked too long): 503, the client may retry. */
    public static final class Storage extends RegisterException {
        public Storage(java.sql.SQLException cause) {
            super(503, "register-unavailable", "Register unavailable",
                    "The register's database could not complete the request; retry later.", null, cause);
        }
    }
}
