package synthlex.input;

/** One problem with a request body: where (a JSON Pointer to the offending member) and what. */
public record InputError(String pointer, String message) { }
