package synthlex.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Biometric information a function edits (API `biometricEditing`, DSP Art. 14(2)). */
public enum BiometricKind implements Code {
    FACE, VOICE, OTHER;

    @JsonValue @Override public String code() { return Code.kebab(this); }
}
