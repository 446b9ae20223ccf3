package synthlex.reload;

import java.time.Instant;
import java.util.List;

/**
 * What the last reload attempt did: whether it swapped in the new rule base, the versions, how
 * long it took, and every reason it was refused (load errors, lint errors, failing scenarios).
 */
public record ReloadOutcome(Instant at, boolean swapped, String attemptedVersion, String servingVersion,
                            long millis, List<String> errors) { }
