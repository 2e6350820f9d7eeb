package ru.gkh.cabinet.web.pub;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;

/** Signing in on the login page: checks the password through the container, then goes where the person was going. */
@Named
@RequestScoped
public class Login {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    private String username;
    private String password;
    private String from;

    public void submit() throws IOException {
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        // A new session id at login, so that a session id planted before it is worthless.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) ext.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username.strip(), password)));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> ext.redirect(target(ext));
            default -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    ResourceBundle.getBundle("ru.gkh.cabinet.web.messages", faces.getViewRoot().getLocale()).getString("login.failed"), null));
        }
    }

    /** The start page: the back office for staff, the login page for everyone else. */
    public String home() {
        return security.getCallerPrincipal() == null ? "/login?faces-redirect=true" : "/staff/index?faces-redirect=true";
    }

    private String target(ExternalContext ext) {
        String context = ext.getRequestContextPath();
        // Only a path inside this application, never an absolute URL: no open redirect.
        if (from != null && from.startsWith(context + "/") && !from.startsWith("//") && !from.contains("\\")) {
            return from;
        }
        return context + "/staff/index.xhtml";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }
}
