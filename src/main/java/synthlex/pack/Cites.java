package synthlex.pack;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import synthlex.law.Citation;

/**
 * The citations one document makes. {@link #m} writes a citation bracket, {@code [PIPL Art. 30]},
 * and remembers the provision, so that the document can end with every provision it cited, quoted
 * from the registered text ({@link #appendix}).
 */
final class Cites {
    private final Sources sources;
    private final Language lang;
    private final Map<String, Citation> used = new LinkedHashMap<>();

    Cites(Sources sources, Language lang) {
        this.sources = sources;
        this.lang = lang;
    }

    Sources sources() {
        return sources;
    }

    /** The bracket for a reference the document writes, e.g. {@code m("PIPL Art. 17(1)(1)")}. */
    String m(String ref) {
        return m(sources.ref(ref));
    }

    String m(Citation c) {
        String key = Sources.key(c);
        used.putIfAbsent(key, c);
        return "[" + key + "]";
    }

    /** Several brackets, space-separated. */
    String all(Collection<Citation> cs) {
        List<String> out = new ArrayList<>();
        for (Citation c : cs) {
            String b = m(c);
            if (!out.contains(b)) out.add(b);
        }
        return String.join(" ", out);
    }

    /** Several references the document writes itself. */
    String refs(String... refs) {
        List<Citation> cs = new ArrayList<>();
        for (String r : refs) cs.add(sources.ref(r));
        return all(cs);
    }

    /** Several brackets, each followed by how its provision's text was verified. */
    String allv(Collection<Citation> cs) {
        List<String> out = new ArrayList<>();
        for (Citation c : cs) {
            String b = m(c) + " (" + sources.verification(c, lang) + ")";
            if (!out.contains(b)) out.add(b);
        }
        return String.join(" ", out);
    }

    /** The bracket followed by how the provision's text was verified: what the labelling spec marks on every item. */
    String mv(String ref) {
        Citation c = sources.ref(ref);
        return m(c) + " (" + sources.verification(c, lang) + ")";
    }

    /**
     * The closing section: each provision the document cited, with its pinpoint, how its text was
     * verified, and its registered Chinese text (or, where none is verified, the registered
     * paraphrase, marked as such).
     */
    void appendix(Md.Section parent) {
        Md.Section s = parent.section(lang.t("Sources cited", "引用的法律依据"));
        s.para(lang.t("Each provision cited above, as registered in the rule base (rules/sources). The Chinese text is quoted verbatim from the "
                        + "registered text; where no verified text exists, only the registered paraphrase is given and marked as such.",
                "上文引用的每一条款，均以规则库登记的文本（rules/sources）为准。中文原文逐字引用登记文本；未核实原文的条款仅列出登记的摘要，并予以标明。"));
        for (Citation c : used.values()) quote(s, c, sources, lang, "");
    }

    /** One provision as a list item: bracket, instrument, pinpoint, verification, date; then its text. */
    static void quote(Md.Section s, Citation c, Sources sources, Language lang, String indent) {
        // the citation's label as the answer gives it (with the Chinese pinpoint); in Chinese, the official title and pinpoint
        String where = lang.zh() ? Sources.instrumentTitle(c, lang) + " " + c.pinpoint()
                : c.source().isStandard() ? c.source().shortTitle() : c.label() + " (" + c.pinpoint() + ")";
        s.line(indent + "- [" + Sources.key(c) + "] " + where + " · " + sources.verification(c, lang)
                + " · " + lang.t("in force from ", "施行日期 ") + c.effective()
                + (c.text() == null ? " · " + lang.t("paraphrase: ", "摘要（英文）：") + c.summary() : ""));
        if (c.text() != null) {
            String leadIn = sources.verifiedLeadIn(c);
            if (leadIn != null) s.quote(leadIn, indent + "  ");
            s.quote(c.text(), indent + "  ");
        }
    }
}
