package synthlex.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The roles a service plays (API `roles`); `USER` is only ever a bearer, never a request role. */
public enum Role implements Code {
    SERVICE_PROVIDER, TECHNICAL_SUPPORTER, CONTENT_PLATFORM, APP_STORE, USER;

    @JsonValue @Override public String code() { return Code.kebab(this); }
}
