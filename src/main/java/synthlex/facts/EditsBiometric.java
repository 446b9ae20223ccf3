package synthlex.facts;

import synthlex.model.BiometricKind;

/** Users can edit this kind of biometric information with the service (API `biometricEditing`). */
public record EditsBiometric(BiometricKind kind) implements Evidence {
    @Override public String because() { return "biometricEditing contains " + kind.code(); }
}
