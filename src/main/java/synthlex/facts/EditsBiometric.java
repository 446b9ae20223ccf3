package synthlex.facts;

import synthlex.model.BiometricKind;

/** Users can edit this kind of biometric information with the service (API `biometricEditing`). */
public record EditsBiometric(BiometricKind kind) implements Evidence {
    private static final String[] BECAUSE = Evidence.words("biometricEditing contains ", BiometricKind.values());

    @Override public String because() { return BECAUSE[kind.ordinal()]; }
}
