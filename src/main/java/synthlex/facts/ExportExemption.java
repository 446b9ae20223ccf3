package synthlex.facts;

import synthlex.model.CrossBorderExemption;

/** The Cross-Border Data Flow Provisions exemption the client says covers its transfers abroad. */
public record ExportExemption(CrossBorderExemption kind) implements Evidence {
    @Override public String because() { return "personalInformation.crossBorder.exemption is " + kind.code(); }
}
