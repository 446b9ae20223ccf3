package synthlex.input;

import java.util.List;

/** A request body that cannot be evaluated, with every problem found (not only the first). */
public class InvalidInputException extends RuntimeException {
    private final String title;
    private final List<InputError> errors;

    public InvalidInputException(String title, List<InputError> errors) {
        super(title + ": " + errors);
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public String title() { return title; }

    public List<InputError> errors() { return errors; }
}
