package synthlex.facts;

import synthlex.model.Role;

/** The service plays this role (API `roles`). */
public record HasRole(Role role) implements Evidence {
    private static final String[] BECAUSE = Evidence.words("roles contains ", Role.values());

    @Override public String because() { return BECAUSE[role.ordinal()]; }
}
