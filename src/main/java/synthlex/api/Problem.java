package synthlex.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import synthlex.input.InputError;
import synthlex.input.InvalidInputException;

/** An RFC 9457 problem document ({@code application/problem+json}), as API.md requires for every error. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<InputError> errors) {
    public static final String CONTENT_TYPE = "application/problem+json";

    public static Problem invalid(InvalidInputException e) {
        String slug = e.title().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        String detail = e.errors().size() == 1 ? "1 problem in the request body"
                : e.errors().size() + " problems in the request body";
        return new Problem("urn:synthlex:problem:" + slug, e.title(), 400, detail, e.errors());
    }

    /** A bad query parameter, named as it is spelled in the query (as {@code RegisterException.invalidQuery} names its own). */
    public static Problem invalidQuery(String parameter, String message) {
        return new Problem("urn:synthlex:problem:invalid-query", "Invalid query", 400, "1 problem in the query",
                List.of(new InputError(parameter, message)));
    }

    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem("urn:synthlex:problem:" + slug, title, status, detail, null);
    }
}
