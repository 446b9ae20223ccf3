package synthlex.law;

import com.fasterxml.jackson.annotation.JsonValue;
import synthlex.model.Code;

/** How far a provision's registered text is verified (see rules/sources/README.md). */
public enum Verification implements Code {
    VERBATIM, RECONSTRUCTED_PARAGRAPH, SUMMARY;

    @JsonValue @Override public String code() { return Code.kebab(this); }
}
