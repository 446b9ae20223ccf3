package synthlex.register;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants as fixed-width UTC text ({@code 2026-12-01T08:00:00.000Z}). Both databases store times as
 * text so that one code path reads them; fixed width makes text order time order, which the lease
 * and the feed compare in SQL. ({@code Instant.toString()} drops zero fractions, so its lengths vary.)
 */
final class Times {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Times() { }

    static String format(Instant at) {
        return FORMAT.format(at);
    }

    static Instant parse(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
