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
        List<Duty> duties) {

    public record Title(String zh, String en) { }

    /** A duty line of the research base: who must do what, under which provision (for coverage). */
    public record Duty(String cite, String duty, String kind) { }

    /** Whether this instrument's law binds on {@code day}; drafts never do. */
    @JsonIgnore
    public boolean inForceOn(LocalDate day, LocalDate provisionEffective) {
        if (status == InstrumentStatus.DRAFT) return false;
        if (repealed != null && !day.isBefore(repealed)) return false;
        return !day.isBefore(provisionEffective);
    }
}
