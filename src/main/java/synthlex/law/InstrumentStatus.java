package synthlex.law;

import com.fasterxml.jackson.annotation.JsonValue;
import synthlex.model.Code;

public enum InstrumentStatus implements Code {
    IN_FORCE, DRAFT, REPEALED;

    @JsonValue @Override public String code() { return Code.kebab(this); }
}
