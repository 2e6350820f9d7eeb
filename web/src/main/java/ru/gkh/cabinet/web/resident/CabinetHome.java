package ru.gkh.cabinet.web.resident;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.List;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.residents.ResidentCabinet;
import ru.gkh.cabinet.web.staff.Messages;

/**
 * The cabinet's start page: the resident's linked accounts, the one shown (switched in the page), its receipts of
 * every closed month with download links, and whether its receipts come by email.
 */
@Named
@ViewScoped
public class CabinetHome implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SecurityContext security;

    @EJB
    private ResidentCabinet cabinet;

    private Long accountId;
    private boolean byEmail;
    private String linkNumber;
    private String linkProof;
    private transient List<ResidentCabinet.LinkedAccount> accounts;

    private String login() {
        return security.getCallerPrincipal().getName();
    }

    public List<ResidentCabinet.LinkedAccount> getAccounts() {
        if (accounts == null) {
            accounts = cabinet.accounts(login());
            // The account asked for (the switch, or ?account= after linking) if it is the user's, otherwise the first.
            Long asked = accountId;
            accounts.stream().filter(a -> asked != null && a.id() == asked).findFirst()
                    .or(() -> accounts.stream().findFirst()).ifPresentOrElse(this::show, () -> accountId = null);
        }
        return accounts;
    }

    public ResidentCabinet.LinkedAccount getAccount() {
        return getAccounts().stream().filter(a -> a.id() == (accountId == null ? -1 : accountId)).findFirst().orElse(null);
    }

    public List<ResidentCabinet.ReceiptEntry> getReceipts() {
        return accountId == null ? List.of() : cabinet.receipts(login(), accountId);
    }

    /** Shows another of the user's accounts (the switch at the top of the page). */
    public void choose() {
        accounts = null;
        getAccounts().stream().filter(a -> a.id() == (accountId == null ? -1 : accountId)).findFirst().ifPresentOrElse(this::show,
                () -> accountId = null);
    }

    public void saveDelivery() {
        try {
            cabinet.receiptByEmail(login(), accountId, byEmail);
            Messages.info(byEmail ? "Квитанции по этому счёту будут приходить на вашу почту"
                    : "Квитанции по этому счёту не будут приходить на почту");
            accounts = null;
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
    }

    /** Links one more account (number and proof) and shows it. */
    public void link() {
        try {
            accountId = cabinet.link(login(), linkNumber, linkProof);
            accounts = null;
            getAccounts().stream().filter(a -> a.id() == accountId).findFirst().ifPresent(this::show);
            Messages.info("Лицевой счёт " + linkNumber.strip() + " привязан");
            linkNumber = null;
            linkProof = null;
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
    }

    /** Unlinks the account shown (only from this user). */
    public void unlink() {
        try {
            ResidentCabinet.LinkedAccount shown = getAccount();
            cabinet.unlink(login(), accountId);
            Messages.info("Лицевой счёт " + (shown == null ? "" : shown.number()) + " отвязан");
            accountId = null;
            accounts = null;
            getAccounts();
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
    }

    public String getLinkNumber() {
        return linkNumber;
    }

    public void setLinkNumber(String linkNumber) {
        this.linkNumber = linkNumber;
    }

    public String getLinkProof() {
        return linkProof;
    }

    public void setLinkProof(String linkProof) {
        this.linkProof = linkProof;
    }

    private void show(ResidentCabinet.LinkedAccount a) {
        accountId = a.id();
        byEmail = a.receiptByEmail();
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public boolean isByEmail() {
        return byEmail;
    }

    public void setByEmail(boolean byEmail) {
        this.byEmail = byEmail;
    }
}
