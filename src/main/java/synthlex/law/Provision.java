package synthlex.law;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * One provision at pinpoint granularity: an article, a paragraph (款) or an item (项).
 * {@code paragraph} is null where the article has a single paragraph; {@code text} is null only for
 * {@code summary} provisions, whose wording could not be verified. In a {@code standard} (see
 * {@link Instrument.Kind}), {@code heading} names the requirement (e.g. "explicit labels on images")
 * and {@code clause} holds the standard's own clause number, only once verified against its text.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Provision(
        int article,
        Integer paragraph,
        Integer item,
        String leadIn,
        String text,
        String summary,
        Verification verification,
        String confidence,
        LocalDate effective,
        String heading,
        String clause) {

    public boolean isArticle() { return paragraph == null && item == null; }
}
