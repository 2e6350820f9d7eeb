package ru.gkh.cabinet.web.pub;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.residents.Registration;
import ru.gkh.cabinet.web.security.ClientAddress;
import ru.gkh.cabinet.web.staff.Messages;

/** Confirming a registration with the code from the SMS, and asking for a new code (with the password chosen). */
@Named
@ViewScoped
public class ConfirmByCode implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Registration registration;

    private String email;
    private String code;
    private String password;
    private String confirmed;

    public void confirm() {
        try {
            confirmed = registration.confirmCode(email, code);
        } catch (Refusal e) {
            Messages.fieldError("confirmCode:code", e.getMessage());
        }
        code = null;
    }

    public void resend() {
        try {
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            registration.resendCode(email, password, ClientAddress.of(request));
            Messages.info("Мы отправили новый код по SMS на телефон, указанный при регистрации.");
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
        password = null;
    }

    public String getConfirmed() {
        return confirmed;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
