package ru.gkh.cabinet.web.pub;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Signing out: ends the session and goes back to the login page. */
@Named
@RequestScoped
public class Logout {

    @Inject
    FacesContext faces;

    public String submit() throws ServletException {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        request.logout();
        faces.getExternalContext().invalidateSession();
        return "/login?faces-redirect=true";
    }
}
