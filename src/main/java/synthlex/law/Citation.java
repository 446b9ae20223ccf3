package synthlex.law;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import synthlex.json.PreRendered;
import synthlex.json.Referable;

/**
 * A resolved reference to one registered provision, in the shape API.md gives citations.
 * {@code text} is the verbatim Chinese of exactly that provision (null only for summary provisions).
 * For a {@code standard} (see {@link Instrument.Kind}) {@code article} is this knowledge base's own
 * numbering of the standard's requirements; {@code pinpoint} and {@code label} name the standard
 * (and a clause only where one is verified), never an article the standard does not have.
 */
@JsonSerialize(using = PreRendered.Serializer.class)
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
        @JsonIgnore Instrument source,
        @JsonIgnore SerializedString json,
        @JsonIgnore String key,
        @JsonIgnore SerializedString referenceJson) implements Referable {

    static Citation of(Instrument in, Provision p) {
        String pinpoint;
        String label;
        if (in.isStandard()) {
            // A standard has clauses, not articles: cite the standard (and its clause only where the
            // yaml gives a verified one), never our own numbering dressed up as 第N条.
            String number = in.documentNumber() != null ? in.documentNumber() : in.shortTitle();
            pinpoint = p.clause() == null ? number : number + " " + p.clause();
            label = pinpoint + (p.heading() == null ? "" : " — " + p.heading());
        } else {
            pinpoint = "第" + ChineseNumerals.of(p.article()) + "条"
                    + (p.paragraph() == null ? "" : "第" + ChineseNumerals.of(p.paragraph()) + "款")
                    + (p.item() == null ? "" : "第（" + ChineseNumerals.of(p.item()) + "）项");
            label = ref(in.shortTitle(), p.article(), p.paragraph(), p.item());
        }
        LocalDate effective = p.effective() != null ? p.effective() : in.effective();
        String key = key(in, p);
        return new Citation(in.id(), p.article(), p.paragraph(), p.item(), pinpoint, label, p.text(), p.summary(),
                effective, p.verification(), p.leadIn(), in, render(in.id(), p, pinpoint, label, effective),
                key, renderReference(key, label));
    }

    /**
     * The provision's key in an answer's {@code provisions} ({@code ?citations=ref}): the instrument's
     * API id, its edition where the text names one (the texts of an amended instrument share the id,
     * and their numbering differs), then the numbering rule files use, e.g.
     * {@code deep-synthesis-provisions/17(1)(3)}, {@code cybersecurity-law@2017/21}. A standard's
     * numbers are this knowledge base's own, not the standard's clauses, so they are marked
     * {@code #}: {@code gb-45438-2025/#4}. It changes only if the provision's id, edition or number
     * does, and it is unique: the catalog refuses a text that registers one number twice.
     */
    static String key(Instrument in, Provision p) {
        return in.id() + (in.edition() == null ? "" : "@" + in.edition()) + "/" + (in.isStandard() ? "#" : "")
                + number(p.article(), p.paragraph(), p.item());
    }

    /** {@code {"ref": key, "label": label}}: the citation in an answer written by reference, rendered once like the full form. */
    private static SerializedString renderReference(String key, String label) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ref", key);
        m.put("label", label);
        return PreRendered.render(m);
    }

    /**
     * The citation's JSON, rendered once when the law is loaded: an answer repeats the same
     * verbatim texts many times, and escaping them anew each time dominated the cost of an answer.
     */
    private static SerializedString render(String instrument, Provision p, String pinpoint, String label, LocalDate effective) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("instrument", instrument);
        m.put("article", p.article());
        m.put("paragraph", p.paragraph());
        m.put("item", p.item());
        m.put("pinpoint", pinpoint);
        m.put("label", label);
        m.put("text", p.text());
        m.put("summary", p.summary());
        m.put("effective", effective);
        m.put("verification", p.verification());
        m.put("leadIn", p.leadIn());
        return PreRendered.render(m);
    }

    /**
     * Two citations are equal when they name the same provision of the same text (an amended
     * instrument's editions share its id but not their abbreviation; the source is not compared field by field).
     */
    @Override public boolean equals(Object o) {
        return o instanceof Citation c && instrument.equals(c.instrument) && article == c.article
                && java.util.Objects.equals(paragraph, c.paragraph) && java.util.Objects.equals(item, c.item)
                && source.abbreviation().equals(c.source.abbreviation());
    }

    @Override public int hashCode() {
        return java.util.Objects.hash(instrument, article, paragraph, item);
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
        return abbreviation + " Art. " + number(article, paragraph, item);
    }

    /** {@code 17(1)(3)}; an item of a single-paragraph article is {@code N(1)(i)}, as {@link SourceCatalog#resolve} reads it. */
    private static String number(int article, Integer paragraph, Integer item) {
        return article
                + (paragraph != null ? "(" + paragraph + ")" : item != null ? "(1)" : "")
                + (item == null ? "" : "(" + item + ")");
    }
}
