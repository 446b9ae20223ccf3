package synthlex.facts;

import synthlex.model.Capability;

/** The service has this algorithmic capability (API `capabilities`). */
public record HasCapability(Capability capability) implements Evidence {
    private static final String[] BECAUSE = Evidence.words("capabilities contains ", Capability.values());

    @Override public String because() { return BECAUSE[capability.ordinal()]; }
}
