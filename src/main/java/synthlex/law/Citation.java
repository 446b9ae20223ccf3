package synthlex.law;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;

/**
 * A resolved reference to one registered provision, in the shape API.md gives citations.
 * {@code text} is the verbatim Chinese of exactly that provision (null only for summary provisions).
 */
public record Citation(
        String instrument,
        int article,
        Integer paragraph,
        Integer item,
        String pinpoint,
        String label,
        String text,
        String summary,
        LocalDate effective,
        Verification verification,
        String leadIn,
        @JsonIgnore Instrument source) {

    static Citation of(Instrument in, Provision p) {
        String pinpoint = "第" + ChineseNumerals.of(p.article()) + "条"
                + (p.paragraph() == null ? "" : "第" + ChineseNumerals.of(p.paragraph()) + "款")
                + (p.item() == null ? "" : "第（" + ChineseNumerals.of(p.item()) + "）项");
        String label = ref(in.shortTitle(), p.article(), p.paragraph(), p.item());
        LocalDate effective = p.effective() != null ? p.effective() : in.effective();
        return new Citation(in.id(), p.article(), p.paragraph(), p.item(), pinpoint, label, p.text(), p.summary(),
                effective, p.verification(), p.leadIn(), in);
    }

    /** Whether this provision binds on {@code day}: in force, not a draft, not repealed. */
    public boolean inForceOn(LocalDate day) {
        return source.inForceOn(day, effective);
    }

    /** Whether it is real law that has not yet come into force on {@code day} (drafts never come). */
    public boolean upcomingOn(LocalDate day) {
        return source.status() != InstrumentStatus.DRAFT && day.isBefore(effective);
    }

    /** The short reference rule files use, e.g. {@code DSP Art. 17(1)(3)}. */
    @JsonIgnore
    public String ref() {
        return ref(source.abbreviation(), article, paragraph, item);
    }

    static String ref(String abbreviation, int article, Integer paragraph, Integer item) {
        return abbreviation + " Art. " + article
                + (paragraph != null ? "(" + paragraph + ")" : item != null ? "(1)" : "")
                + (item == null ? "" : "(" + item + ")");
    }
}
