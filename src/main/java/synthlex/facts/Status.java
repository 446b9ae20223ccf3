package synthlex.facts;

import com.fasterxml.jackson.annotation.JsonValue;
import synthlex.model.Code;

/** Whether a classification or obligation applies, or hangs on facts the client has not given. */
public enum Status implements Code {
    APPLIES, UNDETERMINED;

    @JsonValue @Override public String code() { return Code.kebab(this); }
}
