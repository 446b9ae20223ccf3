package synthlex.facts;

/** Three-valued: a field the client left out is UNKNOWN, never NO. */
public enum Truth {
    YES, NO, UNKNOWN;

    public static Truth of(Boolean b) {
        return b == null ? UNKNOWN : b ? YES : NO;
    }
}
