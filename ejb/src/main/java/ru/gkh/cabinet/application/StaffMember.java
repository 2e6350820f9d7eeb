package ru.gkh.cabinet.application;

import java.io.Serializable;
import java.util.Set;
import ru.gkh.cabinet.domain.model.identity.Role;

/** Who is calling: a signed-in staff user, with the organization they serve (null: all of them). */
public record StaffMember(Long id, String login, String fullName, Long organizationId, Set<Role> roles) implements Serializable {

    public boolean servesAll() {
        return organizationId == null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
