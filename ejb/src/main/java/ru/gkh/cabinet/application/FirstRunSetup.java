package ru.gkh.cabinet.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.gkh.cabinet.application.importing.AccountsImported;
import ru.gkh.cabinet.domain.model.identity.Role;
import ru.gkh.cabinet.domain.model.organization.Organization;
import ru.gkh.cabinet.domain.model.organization.OrganizationDetails;

/**
 * The users a new installation needs before anyone can sign in: the first administrator (when
 * {@code cabinet.admin.initial-password} is set and there is no administrator yet), and, in the demo set-up
 * only ({@code cabinet.demo.enabled}), the demo organization with its accountant and operator, and the demo resident,
 * linked to the demo company's first two accounts once they are imported.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class FirstRunSetup {

    private static final Logger LOG = Logger.getLogger(FirstRunSetup.class.getName());
    public static final String DEMO_ORGANIZATION = "DEMO";
    public static final String DEMO_RESIDENT = "resident@demo.local";

    @Inject
    @ConfigProperty(name = "cabinet.admin.initial-password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "cabinet.demo.enabled", defaultValue = "false")
    boolean demo;

    @EJB
    private StaffDirectory staff;

    @EJB
    private Organizations organizations;

    @PostConstruct
    void setUp() {
        if (adminPassword.filter(p -> !p.isBlank()).isPresent() && !staff.anyAdmin()) {
            staff.ensureStaff("admin", "Администратор", adminPassword.get(), null, EnumSet.of(Role.ADMIN));
            LOG.info("Created the first administrator 'admin'");
        }
        if (demo) {
            Organization org = organizations.findByCode(DEMO_ORGANIZATION);
            if (org == null) {
                StaffMember system = new StaffMember(0L, "system", "system", null, EnumSet.of(Role.ADMIN));
                org = organizations.create(system, DEMO_ORGANIZATION, new OrganizationDetails(
                        "ООО «УК Пример»", "5406123456", "540601001", "1025402456789", "Сибирский банк ПАО Сбербанк",
                        "045004641", "30101810500000000641", "40702810944050012345",
                        "630099, г. Новосибирск, ул. Ленина, д. 10, офис 1", "+7 (383) 200-00-00", "+7 (383) 200-00-01",
                        "https://uk-primer.example.ru", "Офис: ул. Ленина, д. 10, офис 1 — пн–чт 9:00–18:00, пт 9:00–16:45,"
                        + " обед 13:00–13:45.\nПриём по вопросам начислений: вт, чт 14:00–18:00."));
            }
            staff.ensureStaff("accountant", "Бухгалтер Демо", "demo-accountant-2026", org.id(), EnumSet.of(Role.ACCOUNTANT));
            staff.ensureStaff("operator", "Оператор Демо", "demo-operator-2026", org.id(), EnumSet.of(Role.OPERATOR));
            staff.ensureResident(DEMO_RESIDENT, "+79130000000", "demo-resident-2026");
            linkDemoResident(org.id());
        }
    }

    /** In the demo set-up, the demo resident gets the demo company's first two accounts as soon as they exist. */
    public void onAccountsImported(@Observes AccountsImported event) {
        if (demo) {
            linkDemoResident(event.organizationId());
        }
    }

    private void linkDemoResident(long organizationId) {
        Organization org = organizations.byId(organizationId);
        if (DEMO_ORGANIZATION.equals(org.code())) {
            staff.linkFirstAccounts(DEMO_RESIDENT, organizationId, 2);
        }
    }
}
