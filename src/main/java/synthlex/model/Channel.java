package synthlex.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Public-expression features (API `publicOpinion.channels`, SAP2018 Art. 2). */
public enum Channel implements Code {
    FORUM, BLOG, MICROBLOG, CHAT_ROOM, GROUP_CHAT, PUBLIC_ACCOUNT, SHORT_VIDEO, LIVESTREAM,
    INFORMATION_SHARING, MINI_PROGRAM, COMMENTS;

    @JsonValue @Override public String code() { return Code.kebab(this); }
}
