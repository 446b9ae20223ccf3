package synthlex.facts;

import java.time.LocalDate;

/** The day the law is applied as of. In-force checks use this, never the engine's clock. */
public record AsOf(LocalDate date) { }
