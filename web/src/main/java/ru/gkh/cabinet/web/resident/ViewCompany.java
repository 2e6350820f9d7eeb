package ru.gkh.cabinet.web.resident;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.gkh.cabinet.application.residents.ResidentAccount;
import ru.gkh.cabinet.domain.model.organization.OrganizationDetails;

/** Реквизиты УК: the details of the company serving the account shown. */
@Named
@RequestScoped
public class ViewCompany {

    @Inject
    CurrentAccount current;

    @EJB
    private ResidentAccount accounts;

    private OrganizationDetails details;

    public OrganizationDetails getDetails() {
        if (details == null && current.getId() != null) {
            details = accounts.company(current.login(), current.getId());
        }
        return details;
    }
}
