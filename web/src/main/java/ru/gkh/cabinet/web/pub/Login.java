package ru.gkh.cabinet.web.pub;

import jakarta.ejb.EJB;
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
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ResourceBundle;
import ru.gkh.cabinet.application.SecurityLog;
import ru.gkh.cabinet.application.StaffDirectory;
import ru.gkh.cabinet.domain.model.identity.AddressLimits;
import ru.gkh.cabinet.web.security.ClientAddress;
import ru.gkh.cabinet.web.security.SignedIn;

/** Signing in on the login page: checks the password through the container, then goes where the person was going. */
@Named
@RequestScoped
public class Login {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @EJB
    private StaffDirectory directory;

    @Inject
    Captcha captcha;

    private String username;
    private String password;
    private String from;
    private String captchaAnswer;
    private boolean remember;

    @EJB
    private SecurityLog log;

    public void submit() throws IOException {
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        if (!log.allows(ClientAddress.of(request), AddressLimits.Limited.SIGN_IN, username)) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, SecurityLog.LIMITED_MESSAGE, null));
            return;
        }
        // After a few wrong passwords for this login (whatever the browser), a person proves they are one.
        if (directory.recentFailures(username) >= StaffDirectory.CAPTCHA_AFTER || isCaptchaNeeded()) {
            ext.getSessionMap().put(CAPTCHA_FLAG, Boolean.TRUE);
            if (!captcha.checkQuestion(captchaAnswer)) {
                faces.addMessage("loginForm:captcha", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        "После нескольких неудачных попыток нужна проверка: ответьте на вопрос и введите пароль ещё раз", null));
                return;
            }
        }
        // A new session id at login, so that a session id planted before it is worthless.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) ext.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true).rememberMe(remember)
                        .credential(new UsernamePasswordCredential(username.strip(), password)));
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            // The mechanism recorded the sign-in in the session (SignedIn).
            case SUCCESS -> ext.redirect(target(ext));
            default -> {
                if (directory.isLocked(username)) {
                    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "Слишком много неудачных попыток: вход заблокирован на "
                            + StaffDirectory.LOCK_MINUTES + " минут, владельцу учётной записи отправлено письмо", null));
                } else {
                    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                            ResourceBundle.getBundle("ru.gkh.cabinet.web.messages", faces.getViewRoot().getLocale()).getString("login.failed"), null));
                }
                if (directory.recentFailures(username) >= StaffDirectory.CAPTCHA_AFTER) {
                    ext.getSessionMap().put(CAPTCHA_FLAG, Boolean.TRUE);
                }
            }
        }
    }

    private static final String CAPTCHA_FLAG = "cabinet.login.captcha";

    /** Whether the sign-in form shows the captcha (the text question, readable by screen readers). */
    public boolean isCaptchaNeeded() {
        return Boolean.TRUE.equals(faces.getExternalContext().getSessionMap().get(CAPTCHA_FLAG));
    }

    public boolean isRemember() {
        return remember;
    }

    public void setRemember(boolean remember) {
        this.remember = remember;
    }

    public String getCaptchaAnswer() {
        return captchaAnswer;
    }

    public void setCaptchaAnswer(String captchaAnswer) {
        this.captchaAnswer = captchaAnswer;
    }

    /** The start page: the back office for staff, the cabinet for residents, the login page for everyone else. */
    public String home() {
        if (SignedIn.login(session(faces.getExternalContext())) == null) {
            return "/login?faces-redirect=true";
        }
        return isResident(faces.getExternalContext()) ? "/cabinet/index?faces-redirect=true" : "/staff/index?faces-redirect=true";
    }

    private String target(ExternalContext ext) {
        String context = ext.getRequestContextPath();
        // Only a path inside this application, never an absolute URL: no open redirect.
        if (from != null && from.startsWith(context + "/") && !from.startsWith("//") && !from.contains("\\")) {
            return from;
        }
        return context + (isResident(ext) ? "/cabinet/index.xhtml" : "/staff/index.xhtml");
    }

    private static HttpSession session(ExternalContext ext) {
        return ((HttpServletRequest) ext.getRequest()).getSession(false);
    }

    /** As the session's record of the sign-in has it ({@link SignedIn}), not the container, which may lose roles under load. */
    private static boolean isResident(ExternalContext ext) {
        return SignedIn.hasRole(session(ext), "RESIDENT");
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
