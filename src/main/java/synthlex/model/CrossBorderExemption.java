package synthlex.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which exemption of the 2024 Cross-Border Data Flow Provisions (Arts. 5-6) covers a transfer of
 * personal information abroad (API {@code personalInformation.crossBorder.exemption}).
 */
public enum CrossBorderExemption implements Code {
    NONE, CONTRACT_WITH_INDIVIDUAL, HR_MANAGEMENT, EMERGENCY, FREE_TRADE_ZONE_LIST;

    @JsonValue @Override public String code() { return Code.kebab(this); }
}
