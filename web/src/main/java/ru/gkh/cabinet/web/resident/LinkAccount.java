package ru.gkh.cabinet.web.resident;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.residents.ResidentCabinet;
import ru.gkh.cabinet.web.staff.Messages;

/**
 * Привязать лицевой счёт by its number and the proof asked at registration; once linked, Главная shows it. (By
 * address: {@link LinkByAddress}, on the same page.)
 */
@Named
@ViewScoped
public class LinkAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentAccount current;

    @EJB
    private ResidentCabinet cabinet;

    private String number;
    private String proof;

    public void link() throws IOException {
        try {
            showLinked(number.strip(), cabinet.link(current.login(), number, proof));
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
    }

    /** After linking (by number or by address): Главная with the account just linked, saying so. */
    static void showLinked(String number, long accountId) throws IOException {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.getFlash().setKeepMessages(true);
        Messages.info("Лицевой счёт " + number + " привязан");
        ext.redirect(ext.getRequestContextPath() + "/cabinet/index.xhtml?account=" + accountId);
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getProof() {
        return proof;
    }

    public void setProof(String proof) {
        this.proof = proof;
    }
}
