package ru.gkh.cabinet.web.resident;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ru.gkh.cabinet.application.residents.ResidentCabinet;
import ru.gkh.cabinet.web.security.SessionValidity;
import ru.gkh.cabinet.web.security.SignedIn;

/**
 * The personal account the resident is looking at, the same in every section of the cabinet; the switch in the page
 * header changes it. Only an account the user linked can be chosen (every service checks the link again).
 */
@Named
@SessionScoped
public class CurrentAccount implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How long what the header shows of an account is kept: ten minutes. */
    private static final long DESCRIPTIONS_NANOS = 600_000_000_000L;

    @EJB
    private ResidentCabinet cabinet;

    private Long id;
    private Long chosen;
    /** The linked accounts, read once per request. */
    private transient List<ResidentCabinet.LinkedAccount> accounts;
    private transient FacesContext readFor;
    /**
     * What the header shows of each linked account (number, address, holder, company), read once and kept for a while:
     * it proves nothing (the links are read on every request) and changes only when the company re-imports an account.
     */
    private transient Map<Long, ResidentCabinet.LinkedAccount> described;
    private transient long describedAt;
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
            accounts = linked(now);
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

    /**
     * The user's links as this request's session check read them ({@link SessionValidity#LINKS}), or read now, each
     * with what the header shows of it.
     */
    @SuppressWarnings("unchecked")
    private List<ResidentCabinet.LinkedAccount> linked(FacesContext now) {
        Object read = now.getExternalContext().getRequestMap().get(SessionValidity.LINKS);
        List<ResidentCabinet.Link> links = read instanceof List<?> list ? (List<ResidentCabinet.Link>) list : cabinet.signedIn(login()).links();
        if (described == null || System.nanoTime() - describedAt > DESCRIPTIONS_NANOS) {
            described = new ConcurrentHashMap<>();   // two tabs of one session may ask at once
            describedAt = System.nanoTime();
        }
        List<Long> missing = links.stream().map(ResidentCabinet.Link::accountId).filter(id -> !described.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            cabinet.describe(login(), missing).forEach(a -> described.put(a.id(), a));
        }
        return links.stream().filter(l -> described.containsKey(l.accountId())).map(l -> described.get(l.accountId()).as(l)).toList();
    }

    /**
     * After linking or unlinking, or a changed choice of a link: the list is read again, and the request's copy of the
     * links, read before the change, is dropped.
     */
    public void refresh() {
        accounts = null;
        FacesContext.getCurrentInstance().getExternalContext().getRequestMap().remove(SessionValidity.LINKS);
    }

    public Long getChosen() {
        return getId();
    }

    public void setChosen(Long chosen) {
        this.chosen = chosen;
    }
}
