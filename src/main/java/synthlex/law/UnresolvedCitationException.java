package synthlex.law;

/** A citation that names no registered provision: a load error, never a silent omission. */
public class UnresolvedCitationException extends RuntimeException {
    public UnresolvedCitationException(String message) { super(message); }
}
