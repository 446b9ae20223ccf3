package synthlex.facts;

import synthlex.model.Role;

/** The service plays this role (API `roles`). */
public record HasRole(Role role) implements Evidence {
    @Override public String because() { return "roles contains " + role.code(); }
}
