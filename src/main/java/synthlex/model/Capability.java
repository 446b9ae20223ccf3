package synthlex.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** What the service does with algorithms (API `capabilities`). */
public enum Capability implements Code {
    CHAT, WRITING, SPEECH_SYNTHESIS, VOICE_CLONING, VOICE_EDITING, MUSIC_GENERATION, AUDIO_EDITING,
    FACE_GENERATION, FACE_SWAP, FACE_EDITING, POSE_EDITING, IMAGE_GENERATION, IMAGE_EDITING,
    IMAGE_ENHANCEMENT, IMAGE_RESTORATION, VIDEO_GENERATION, VIDEO_EDITING, IMMERSIVE_SCENE,
    THREE_D_RECONSTRUCTION("3d-reconstruction"), DIGITAL_SIMULATION, PERSONALIZED_RECOMMENDATION,
    RANKING_SELECTION, SEARCH_FILTERING, DISPATCH_DECISION, EMOTIONAL_COMPANION,
    SPEECH_RECOGNITION, DIGITAL_HUMAN, CODE_GENERATION, SUMMARIZATION, TRANSLATION;

    private final String code;

    Capability() { this.code = Code.kebab(this); }
    Capability(String code) { this.code = code; }

    @JsonValue @Override public String code() { return code; }
}
