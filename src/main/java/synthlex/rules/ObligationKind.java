package synthlex.rules;

import com.fasterxml.jackson.annotation.JsonValue;
import synthlex.model.Code;

/** The API's obligation kinds; a rule's {@code @kind} must be one of these codes. */
public enum ObligationKind implements Code {
    FILING, SECURITY_ASSESSMENT, LABELLING, CONSENT, NOTICE, REAL_NAME_VERIFICATION, CONTENT_MODERATION,
    RECORD_KEEPING, COMPLAINT_HANDLING, ALGORITHM_REVIEW, ETHICS_REVIEW, DATA_SECURITY, IMPACT_ASSESSMENT,
    USER_RIGHTS, MINORS_PROTECTION, MANAGEMENT_SYSTEM, PROHIBITION, COOPERATION, LICENSING, OTHER;

    @JsonValue @Override public String code() { return Code.kebab(this); }
}
