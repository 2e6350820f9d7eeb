package ru.gkh.cabinet.web.resident;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import ru.gkh.cabinet.application.residents.ResidentCabinet;
import ru.gkh.cabinet.web.security.SignedIn;

/**
 * The personal account the resident is looking at, the same in every section of the cabinet; the switch in the page
 * header changes it. Only an account the user linked can be chosen (every service checks the link again).
 */
@Named
@SessionScoped
public class CurrentAccount implements Serializable {

    private static final long serialVersionUID = 1L;


    @EJB
    private ResidentCabinet cabinet;

    private Long id;
    private Long chosen;
    /** The linked accounts, read once per request. */
    private transient List<ResidentCabinet.LinkedAccount> accounts;
    private transient FacesContext readFor;
    private transient String login;
    private transient FacesContext loginFor;

    /**
     * The signed-in user's login, once per request (the pages ask for it many times): the login the session signed in
     * as ({@link SignedIn}, by which {@code ResidentPages} admitted the request), cheaper than asking Jakarta Security
     * and immune to Payara's mix-ups of a request's principal under load.
     */
    public String login() {
        FacesContext now = FacesContext.getCurrentInstance();
        if (login == null || loginFor != now || now == null) {
            login = SignedIn.login((HttpServletRequest) now.getExternalContext().getRequest());
            loginFor = now;
        }
        return login;
    }

    public List<ResidentCabinet.LinkedAccount> getAccounts() {
        FacesContext now = FacesContext.getCurrentInstance();
        if (accounts == null || readFor != now) {
            accounts = cabinet.accounts(login());
            readFor = now;
            if (accounts.stream().noneMatch(a -> id != null && a.id() == id)) {
                id = accounts.isEmpty() ? null : accounts.get(0).id();
            }
        }
        return accounts;
    }

    /** The account shown, or null when the user has linked none. */
    public ResidentCabinet.LinkedAccount getAccount() {
        return getAccounts().stream().filter(a -> id != null && a.id() == id).findFirst().orElse(null);
    }

    public Long getId() {
        getAccounts();
        return id;
    }

    /** Shows this account from now on, if it is the user's. */
    public void select(Long accountId) {
        id = accountId;
        accounts = null;
        getAccounts();
    }

    /** The switch in the header: the same section again, for the account chosen. */
    public String choose() {
        select(chosen);
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true";
    }

    /** After linking or unlinking: the list is read again. */
    public void refresh() {
        accounts = null;
    }

    public Long getChosen() {
        return getId();
    }

    public void setChosen(Long chosen) {
        this.chosen = chosen;
    }
}
