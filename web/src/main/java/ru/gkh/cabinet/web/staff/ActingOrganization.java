package ru.gkh.cabinet.web.staff;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.gkh.cabinet.application.Organizations;
import ru.gkh.cabinet.domain.model.organization.Organization;
import ru.gkh.cabinet.web.security.CurrentStaff;

/**
 * Which organization the back office pages act for. Staff of one organization always act for it; staff who serve
 * all (a billing centre's) choose one in the page header, and the choice lasts for the session.
 */
@Named
@SessionScoped
public class ActingOrganization implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentStaff staff;

    @EJB
    private Organizations organizations;

    private String code;

    /** The chosen organization's code, or null for staff bound to one (the services then use theirs). */
    public String code() {
        if (!staff.member().servesAll()) {
            return null;
        }
        if (code == null) {
            List<Organization> all = organizations.visibleTo(staff.member());
            code = all.isEmpty() ? null : all.get(0).code();
        }
        return code;
    }

    public List<Organization> getChoices() {
        return organizations.visibleTo(staff.member());
    }

    public boolean isChoosing() {
        return staff.member().servesAll();
    }

    public String getCode() {
        return code();
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** After a new choice: reload the page for the chosen organization. */
    public String change() {
        return jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true";
    }
}
