package ru.gkh.cabinet.web.pub;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.residents.ResidentProfile;
import ru.gkh.cabinet.web.staff.Messages;

/** The page the link to a new email opens: the address changes, or the page says why not. */
@Named
@RequestScoped
public class ConfirmContact {

    @EJB
    private ResidentProfile profiles;

    private String token;
    private String confirmed;

    public void confirm() {
        try {
            confirmed = profiles.confirmEmail(token);
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
    }

    public String getConfirmed() {
        return confirmed;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
