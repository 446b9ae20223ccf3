package synthlex.api;

/**
 * A query parameter a route does not accept: 400 {@code invalid-query}, naming the parameter as it is
 * spelled in the query, the shape the register's routes give theirs ({@code ?limit=x}).
 */
final class InvalidQueryException extends RuntimeException {
    private final String parameter;

    InvalidQueryException(String parameter, String message) {
        super(message, null, false, false);
        this.parameter = parameter;
    }

    Problem problem() {
        return Problem.invalidQuery(parameter, getMessage());
    }
}
