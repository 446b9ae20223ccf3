package synthlex.pack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a document is written from: the service description and the answer to it, both as JSON,
 * the answer once in each language (titles and summaries come from the rule base in both), and
 * the registered law.
 */
final class Ctx {
    final JsonNode description;
    final Answer en;
    final Answer zh;
    final Sources sources;

    Ctx(JsonNode description, Answer en, Answer zh, Sources sources) {
        this.description = description;
        this.en = en;
        this.zh = zh;
        this.sources = sources;
    }

    Answer answer(Language lang) {
        return lang.zh() ? zh : en;
    }

    /** The codes of an array member of the description, e.g. {@code list("capabilities")}; empty when absent. */
    List<String> list(String... path) {
        JsonNode n = at(path);
        List<String> out = new ArrayList<>();
        if (n.isArray()) n.forEach(v -> out.add(v.asText()));
        return out;
    }

    boolean known(String... path) {
        JsonNode n = at(path);
        return !n.isMissingNode() && !n.isNull();
    }

    /** A yes/no member: TRUE, FALSE or null (absent: unknown, never false). */
    Boolean flag(String... path) {
        JsonNode n = at(path);
        return n.isBoolean() ? n.asBoolean() : null;
    }

    JsonNode at(String... path) {
        JsonNode n = description;
        for (String p : path) n = n.path(p);
        return n;
    }

    /** Codes in words, comma-separated in the document's language. */
    static String words(List<String> codes, Language lang) {
        List<String> out = new ArrayList<>();
        for (String c : codes) out.add(Terms.code(c, lang));
        return String.join(lang.t(", ", "、"), out);
    }

    /** The mark for what the pack filled in from the description. */
    static String fromDescription(Language lang) {
        return lang.t("(from the description)", "（据服务描述）");
    }

    /** The mark for what the team still has to write. */
    static String todo(Language lang, String what) {
        return lang.t("TODO — to be written by the team: ", "待办 — 由团队填写：") + what;
    }

    /** The mark for what comes from practice, not from the law's text. */
    static String practice(Language lang) {
        return lang.t("(practice, not law)", "（实务做法，非法律规定）");
    }
}
