package synthlex.rules;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How a rule reads the law where the text leaves room (metadata {@code @reading}, {@code @readingZh},
 * {@code @alternative}, {@code @alternativeZh}). A reading is contested exactly when counsel could
 * read the text otherwise, and then {@code @alternative} says how; answers show it in the shape
 * API.md fixes: {@code { "text", "alternative", "contested" }}, in the language asked for.
 */
public final class Reading {
    /** The answer's {@code reading}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record View(String text, String alternative, boolean contested) { }

    private final String text, textZh, alternative, alternativeZh;
    /** Made once at load: every answer repeats them. */
    private final View en, zh;

    public Reading(String text, String textZh, String alternative, String alternativeZh) {
        this.text = text;
        this.textZh = textZh;
        this.alternative = alternative;
        this.alternativeZh = alternativeZh;
        this.en = new View(text, alternative, alternative != null);
        this.zh = new View(textZh != null ? textZh : text, alternativeZh != null ? alternativeZh : alternative, alternative != null);
    }

    public String text() { return text; }

    public String textZh() { return textZh; }

    public String alternative() { return alternative; }

    public String alternativeZh() { return alternativeZh; }

    public boolean contested() { return alternative != null; }

    public View view(boolean chinese) { return chinese ? zh : en; }

    /** A value: two readings are the same when their four texts are (the views follow from them). */
    @Override public boolean equals(Object o) {
        return o instanceof Reading r && java.util.Objects.equals(text, r.text) && java.util.Objects.equals(textZh, r.textZh)
                && java.util.Objects.equals(alternative, r.alternative) && java.util.Objects.equals(alternativeZh, r.alternativeZh);
    }

    @Override public int hashCode() { return java.util.Objects.hash(text, textZh, alternative, alternativeZh); }

    @Override public String toString() { return "Reading[" + text + (contested() ? " | alternative: " + alternative : "") + "]"; }
}
