package synthlex.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import synthlex.law.Citation;
import synthlex.law.Instrument;
import synthlex.law.Provision;
import synthlex.law.SourceCatalog;
import synthlex.law.Verification;

/**
 * The registered law as the pack cites it. Every citation in a document goes through here: a
 * reference the documents write themselves is resolved by {@link SourceCatalog#resolve} (an
 * unregistered one throws, so a document can never cite from memory), and a citation taken from the
 * answer is matched back to its registered provision, whose text is the only one the pack quotes.
 */
final class Sources {
    private final SourceCatalog catalog;
    private final Map<String, Citation> byLabel = new HashMap<>();
    private final Map<String, Citation> byKey = new HashMap<>();

    Sources(SourceCatalog catalog) {
        this.catalog = catalog;
        for (Instrument in : catalog.instruments()) {
            for (Citation c : catalog.provisions(in)) {
                byLabel.putIfAbsent(c.label(), c);
                byKey.putIfAbsent(key(c), c);
            }
        }
    }

    /**
     * How a document names a provision inside its citation brackets: the short reference rule files
     * use ({@code PIPL Art. 17(1)(1)}), except for a standard, whose article numbers are this
     * knowledge base's own and must not be shown as the standard's: there the label
     * ({@code GB 45438-2025 — <heading>}).
     */
    static String key(Citation c) {
        return c.source().isStandard() ? c.label() : c.ref();
    }

    /** A reference the pack writes itself, e.g. {@code PIPL Art. 30}; throws if it is not registered. */
    Citation ref(String ref) {
        return catalog.resolve(ref);
    }

    /** What a citation bracket names, back to its provision (null if it names none): what the tests check. */
    Citation byKey(String key) {
        Citation c = byKey.get(key);
        if (c != null) return c;
        try {
            return catalog.resolve(key);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A provision by the label the answer gives it (null if none has that label). */
    Citation byLabel(String label) {
        return byLabel.get(label);
    }

    /** A citation of the answer (its JSON), as the registered provision it names. */
    Citation of(JsonNode citation) {
        Citation c = byLabel.get(citation.path("label").asText());
        if (c != null) return c;
        String instrument = citation.path("instrument").asText();
        int article = citation.path("article").asInt();
        Integer paragraph = citation.path("paragraph").isIntegralNumber() ? citation.path("paragraph").asInt() : null;
        Integer item = citation.path("item").isIntegralNumber() ? citation.path("item").asInt() : null;
        return catalog.instrument(instrument).flatMap(in -> catalog.provisions(in).stream()
                        .filter(p -> p.article() == article && Objects.equals(p.paragraph(), paragraph) && Objects.equals(p.item(), item))
                        .findFirst())
                .orElseThrow(() -> new IllegalStateException("the answer cites " + citation.path("label").asText()
                        + ", which is not registered in rules/sources"));
    }

    /** The registered provision behind a citation (for its confidence, which the citation does not carry). */
    Provision provision(Citation c) {
        for (Provision p : c.source().provisions()) {
            if (p.article() == c.article() && Objects.equals(p.paragraph(), c.paragraph()) && Objects.equals(p.item(), c.item())) return p;
        }
        throw new IllegalStateException(c.label() + " has no registered provision");
    }

    /** How the provision's text was verified, e.g. "verbatim" or "summary, confidence medium". */
    String verification(Citation c, Language lang) {
        Verification v = c.verification();
        String confidence = provision(c).confidence();
        return switch (v) {
            case VERBATIM -> lang.t("verbatim", "原文已核实");
            case RECONSTRUCTED_PARAGRAPH -> lang.t("verbatim, paragraph break reconstructed", "原文已核实，分款系重建");
            case SUMMARY -> lang.t("summary only, no verified text", "仅有摘要，未核实原文")
                    + (confidence == null ? "" : lang.t(", confidence " + confidence, "，可信度" + confidenceZh(confidence)));
        };
    }

    private static String confidenceZh(String c) {
        return switch (c) {
            case "high" -> "高";
            case "medium" -> "中";
            case "low" -> "低";
            default -> c;
        };
    }

    /** The lead-in of an item, only where it too is a verbatim part of the registered full text. */
    String verifiedLeadIn(Citation c) {
        String leadIn = c.leadIn();
        if (leadIn == null || leadIn.isBlank()) return null;
        return catalog.fullText(c.source().abbreviation()).contains(leadIn) ? leadIn : null;
    }

    /** The instrument's title in the document's language (the Chinese title is the official one). */
    static String instrumentTitle(Citation c, Language lang) {
        Instrument.Title t = c.source().title();
        if (t == null) return c.source().shortTitle();
        return lang.zh() ? "《" + t.zh() + "》" : c.source().shortTitle();
    }
}
