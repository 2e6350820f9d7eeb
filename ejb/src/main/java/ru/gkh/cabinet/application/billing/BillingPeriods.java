package ru.gkh.cabinet.application.billing;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import ru.gkh.cabinet.application.Organizations;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.StaffMember;
import ru.gkh.cabinet.domain.model.billing.BillingPeriod;
import ru.gkh.cabinet.domain.model.identity.Role;
import ru.gkh.cabinet.domain.model.organization.Organization;

/**
 * An organization's billing periods. The accountant opens the first one; after that only closing a period opens the
 * next, so there is never more than one open period (the unique key (organization, period) backs it).
 */
@Stateless
public class BillingPeriods {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Organizations organizations;

    public List<BillingPeriod> of(StaffMember staff, String organizationCode) {
        Organization org = organizations.actingFor(staff, organizationCode);
        return em.createQuery("select p from BillingPeriod p where p.organizationId = :o order by p.period desc", BillingPeriod.class)
                .setParameter("o", org.id()).getResultList();
    }

    /**
     * Opens the organization's first period. Refused when it has one already, and when the month is not after every
     * month of the imported opening balances (those are debts from before the first period billed here).
     */
    public BillingPeriod openFirst(StaffMember staff, String organizationCode, YearMonth month) {
        if (!staff.has(Role.ACCOUNTANT) && !staff.has(Role.ADMIN)) {
            throw Refusal.forbidden("Открывать расчётные периоды может бухгалтер или администратор");
        }
        Organization org = organizations.actingFor(staff, organizationCode);
        // Serialises concurrent openings of the same organization.
        em.createNativeQuery("SELECT id FROM organization WHERE id = ? FOR UPDATE").setParameter(1, org.id()).getResultList();
        List<BillingPeriod> existing = em.createQuery("select p from BillingPeriod p where p.organizationId = :o", BillingPeriod.class)
                .setParameter("o", org.id()).setMaxResults(1).getResultList();
        if (!existing.isEmpty()) {
            throw Refusal.conflict("У организации уже есть расчётный период " + existing.get(0).month()
                    + ": следующие периоды открываются закрытием предыдущего");
        }
        Object latest = em.createNativeQuery("SELECT MAX(b.period) FROM opening_balance b JOIN personal_account a ON a.id = b.account_id"
                + " WHERE a.organization_id = ?").setParameter(1, org.id()).getSingleResult();
        if (latest != null) {
            YearMonth lastBalance = YearMonth.from(latest instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) latest);
            if (!month.isAfter(lastBalance)) {
                throw Refusal.conflict("Первый период должен быть позже всех месяцев входящих остатков (последний: " + lastBalance + ")");
            }
        }
        BillingPeriod p = BillingPeriod.open(org.id(), month);
        em.persist(p);
        em.flush();
        return p;
    }
}
