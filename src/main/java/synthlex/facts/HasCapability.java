package synthlex.facts;

import synthlex.model.Capability;

/** The service has this algorithmic capability (API `capabilities`). */
public record HasCapability(Capability capability) implements Evidence {
    @Override public String because() { return "capabilities contains " + capability.code(); }
}
