package synthlex.law;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;

/** One registered legal instrument, as kept in {@code rules/sources/<id>.yaml}. */
public record Instrument(
        String id,
        String abbreviation,
        String shortTitle,
        Title title,
        List<String> issuers,
        String documentNumber,
        LocalDate promulgated,
        LocalDate effective,
        InstrumentStatus status,
        LocalDate repealed,
        String sourceUrl,
        String fullText,
        String textNote,
        List<Provision> provisions,
        List<Duty> duties,
        Kind kind,
        String edition,
        LocalDate supersededOn) {

    /**
     * What the instrument is. {@code law} (the default) is divided into articles (条), paragraphs (款)
     * and items (项), and its citations render as 第N条第N款第（N）项. A {@code standard} (e.g. a GB
     * national standard) is divided into clauses, not articles: its provisions are cited by the
     * standard's number and each provision's {@code heading}, never as an invented 第N条; their
     * {@code article} is only this knowledge base's numbering (see {@link Citation}).
     */
    public enum Kind implements synthlex.model.Code {
        LAW, STANDARD;

        @com.fasterxml.jackson.annotation.JsonValue @Override public String code() { return synthlex.model.Code.kebab(this); }
    }

    /** Whether citations render as a standard's (see {@link Kind}). */
    @JsonIgnore
    public boolean isStandard() { return kind == Kind.STANDARD; }

    public record Title(String zh, String en) { }

    /** A duty line of the research base: who must do what, under which provision (for coverage). */
    public record Duty(String cite, String duty, String kind) { }

    /**
     * Whether this instrument's law binds on {@code day}; drafts never do. An instrument amended in
     * place keeps its id and is registered once per text ({@code edition}): an earlier text, with its
     * own abbreviation and numbering, binds until {@code supersededOn}, the day the amended text took
     * effect, so an answer cites the wording and number in force on its date.
     */
    @JsonIgnore
    public boolean inForceOn(LocalDate day, LocalDate provisionEffective) {
        if (status == InstrumentStatus.DRAFT) return false;
        if (repealed != null && !day.isBefore(repealed)) return false;
        if (supersededOn != null && !day.isBefore(supersededOn)) return false;
        return !day.isBefore(provisionEffective);
    }
}
