package ru.gkh.cabinet.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.gkh.cabinet.application.Organizations;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.domain.model.organization.Organization;
import ru.gkh.cabinet.domain.model.organization.OrganizationDetails;
import ru.gkh.cabinet.web.security.CurrentStaff;

/** The organizations page: the list, and the administrator's form to create or edit one. */
@Named
@ViewScoped
public class ManageOrganizations implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentStaff staff;

    @EJB
    private Organizations organizations;

    private final OrganizationForm form = new OrganizationForm();
    private boolean editing;

    public List<Organization> getList() {
        return organizations.visibleTo(staff.member());
    }

    public void startNew() {
        form.clear();
        editing = false;
    }

    public void edit(Organization o) {
        form.fill(o.code(), o.details());
        editing = true;
    }

    public void save() {
        try {
            OrganizationDetails details = form.details();
            if (editing) {
                organizations.update(staff.member(), form.getCode(), details);
            } else {
                organizations.create(staff.member(), form.getCode(), details);
            }
            editing = true;
            Messages.info("Организация сохранена");
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
    }

    public OrganizationForm getForm() {
        return form;
    }

    public boolean isEditing() {
        return editing;
    }
}
