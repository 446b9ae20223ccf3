package synthlex.register;

/** The stored state of one tracked obligation, as the diff needs it. */
record Tracked(String state, boolean review, String doneFingerprint) { }
