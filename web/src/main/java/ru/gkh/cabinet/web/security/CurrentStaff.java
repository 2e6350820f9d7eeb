package ru.gkh.cabinet.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.StaffDirectory;
import ru.gkh.cabinet.application.StaffMember;
import ru.gkh.cabinet.domain.model.identity.Role;

/** The signed-in staff member of this request, for the pages and the API. */
@Named
@RequestScoped
public class CurrentStaff {

    @Inject
    SecurityContext security;

    @EJB
    private StaffDirectory directory;

    private StaffMember member;

    public StaffMember member() {
        if (member == null) {
            Principal p = security.getCallerPrincipal();
            member = p == null ? null : directory.byLoginName(p.getName()).orElse(null);
            if (member == null) {
                throw Refusal.forbidden("Нужно войти как сотрудник");
            }
        }
        return member;
    }

    /** For pages: {@code #{currentStaff.member.login}}. */
    public StaffMember getMember() {
        return member();
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    public boolean isAccountant() {
        return has(Role.ACCOUNTANT) || has(Role.ADMIN);
    }

    /** Operators and administrators: registration requests and the security log. */
    public boolean isOperator() {
        return has(Role.OPERATOR) || has(Role.ADMIN);
    }

    public boolean has(Role role) {
        return member().has(role);
    }
}
