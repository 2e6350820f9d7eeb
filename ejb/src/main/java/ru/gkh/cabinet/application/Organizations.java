package ru.gkh.cabinet.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.regex.Pattern;
import ru.gkh.cabinet.domain.model.identity.Role;
import ru.gkh.cabinet.domain.model.organization.Organization;
import ru.gkh.cabinet.domain.model.organization.OrganizationDetails;

/** The management companies of this installation: who may see and change which, and for which one a call acts. */
@Stateless
public class Organizations {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{2,32}");

    @PersistenceContext
    private EntityManager em;

    public List<Organization> visibleTo(StaffMember staff) {
        if (staff.servesAll()) {
            return em.createQuery("select o from Organization o order by o.code", Organization.class).getResultList();
        }
        return List.of(em.find(Organization.class, staff.organizationId()));
    }

    public Organization create(StaffMember staff, String code, OrganizationDetails details) {
        requireAdmin(staff);
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            throw Refusal.invalid("Код организации: 2–32 латинские буквы, цифры, «_» или «-»");
        }
        List<String> problems = details.problems();
        if (!problems.isEmpty()) {
            throw Refusal.invalid(String.join("; ", problems));
        }
        if (findByCode(code.strip()) != null) {
            throw Refusal.conflict("Организация с кодом «" + code.strip() + "» уже есть");
        }
        Organization o = new Organization(code.strip(), details);
        em.persist(o);
        em.flush();
        return o;
    }

    public Organization update(StaffMember staff, String code, OrganizationDetails details) {
        requireAdmin(staff);
        Organization o = actingFor(staff, code);
        List<String> problems = details.problems();
        if (!problems.isEmpty()) {
            throw Refusal.invalid(String.join("; ", problems));
        }
        o.update(details);
        return o;
    }

    /**
     * The organization a call acts for: the one the staff member serves, or for one who serves all, the one
     * named by {@code code} (or the only one there is).
     */
    public Organization actingFor(StaffMember staff, String code) {
        if (!staff.servesAll()) {
            Organization own = em.find(Organization.class, staff.organizationId());
            if (code != null && !code.isBlank() && !own.code().equals(code.strip())) {
                throw Refusal.notFound("Организация «" + code.strip() + "» не найдена");
            }
            return own;
        }
        if (code == null || code.isBlank()) {
            List<Organization> all = em.createQuery("select o from Organization o", Organization.class).setMaxResults(2).getResultList();
            if (all.size() == 1) {
                return all.get(0);
            }
            throw Refusal.invalid(all.isEmpty() ? "Сначала создайте организацию" : "Укажите организацию: параметр organization=<код>");
        }
        Organization o = findByCode(code.strip());
        if (o == null) {
            throw Refusal.notFound("Организация «" + code.strip() + "» не найдена");
        }
        return o;
    }

    public Organization byId(long id) {
        Organization o = em.find(Organization.class, id);
        if (o == null) {
            throw Refusal.notFound("Организация " + id + " не найдена");
        }
        return o;
    }

    public Organization findByCode(String code) {
        return em.createQuery("select o from Organization o where o.code = :code", Organization.class)
                .setParameter("code", code).getResultStream().findFirst().orElse(null);
    }

    private static void requireAdmin(StaffMember staff) {
        if (!staff.has(Role.ADMIN)) {
            throw Refusal.forbidden("Организации создаёт и изменяет администратор");
        }
    }
}
