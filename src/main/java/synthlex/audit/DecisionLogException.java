package synthlex.audit;

/** A decision record could not be written; the answer it records must not be sent. */
public class DecisionLogException extends RuntimeException {
    public DecisionLogException(String message, Throwable cause) { super(message, cause); }
}
