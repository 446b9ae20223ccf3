package synthlex.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Sensitive personal information categories (API `personalInformation.sensitive`, PIPL Art. 28). */
public enum SensitiveCategory implements Code {
    BIOMETRIC, RELIGIOUS_BELIEF, SPECIFIC_IDENTITY, MEDICAL_HEALTH, FINANCIAL_ACCOUNT, LOCATION_TRACKING,
    MINOR_UNDER_14;

    @JsonValue @Override public String code() { return Code.kebab(this); }
}
