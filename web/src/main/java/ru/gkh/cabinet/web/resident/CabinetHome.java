package ru.gkh.cabinet.web.resident;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.residents.ResidentAccount;
import ru.gkh.cabinet.application.residents.ResidentCabinet;
import ru.gkh.cabinet.web.staff.Messages;

/**
 * Главная: the card of the account shown (switched in the page header), its balance today and due date, its services
 * with providers and rates, its receipts with download and pay links, whether they come by email; unlinking (linking
 * one more is on its own page, {@link LinkAccount}). The view is stateless (a request-scoped bean, no view state saved
 * per page): the two actions that change something check the session's {@link FormToken}.
 */
@Named
@RequestScoped
public class CabinetHome {

    @Inject
    CurrentAccount current;

    @EJB
    private ResidentCabinet cabinet;

    @EJB
    private ResidentAccount accountData;

    @Inject
    FormToken token;

    private Boolean byEmail;
    private ResidentAccount.Summary summary;

    private String login() {
        return current.login();
    }

    /** The account card, balance and services of the account shown, or null when none is linked. */
    public ResidentAccount.Summary getSummary() {
        Long id = current.getId();
        if (summary == null && id != null) {
            summary = accountData.summary(login(), id);
        }
        return summary;
    }

    /** The latest twelve receipts, read with the summary (every month's is under Начисления). */
    public List<ResidentCabinet.ReceiptEntry> getReceipts() {
        ResidentAccount.Summary s = getSummary();
        return s == null ? List.of() : s.receipts();
    }

    public void saveDelivery() {
        if (!fromThisCabinet()) {
            return;
        }
        try {
            cabinet.receiptByEmail(login(), current.getId(), isByEmail());
            Messages.info(isByEmail() ? "Квитанции по этому счёту будут приходить на вашу почту"
                    : "Квитанции по этому счёту не будут приходить на почту");
            current.refresh();
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
    }

    /**
     * Unlinks the account shown (only from this user), then Главная again, of the next account or of none: a new
     * request, since the page decided what to show while it was built, before this action.
     */
    public String unlink() {
        if (!fromThisCabinet()) {
            return null;
        }
        try {
            ResidentCabinet.LinkedAccount shown = current.getAccount();
            cabinet.unlink(login(), current.getId());
            current.refresh();
            current.select(null);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("Лицевой счёт " + (shown == null ? "" : shown.number()) + " отвязан");
            return "/cabinet/index?faces-redirect=true";
        } catch (Refusal e) {
            Messages.error(e.getMessage());
            return null;
        }
    }

    /** The page is stateless (no view state to prove the form is ours): the session's form token does. */
    private boolean fromThisCabinet() {
        if (token.sent()) {
            return true;
        }
        Messages.error("Страница устарела: откройте её снова и повторите действие");
        return false;
    }

    /** {@code ?account=} (after linking by address): show that account, if it is the user's. */
    public Long getAccountId() {
        return current.getId();
    }

    public void setAccountId(Long accountId) {
        if (accountId != null) {
            current.select(accountId);
        }
    }

    public boolean isByEmail() {
        if (byEmail == null) {
            ResidentCabinet.LinkedAccount a = current.getAccount();
            byEmail = a != null && a.receiptByEmail();
        }
        return byEmail;
    }

    public void setByEmail(boolean byEmail) {
        this.byEmail = byEmail;
    }
}
