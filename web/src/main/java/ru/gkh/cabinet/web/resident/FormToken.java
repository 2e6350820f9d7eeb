package ru.gkh.cabinet.web.resident;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import ru.gkh.cabinet.domain.model.identity.OneTimeSecret;

/**
 * A secret of the session that forms of stateless views carry, so that a page of another site cannot make a
 * resident's browser change something in the cabinet. A stateful view's own view state does this; a stateless one
 * (the read-only sections, which save no state per page) renders "stateless" there, and the session cookie's
 * SameSite=Lax is not honoured by every browser residents use.
 */
@Named
@SessionScoped
public class FormToken implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The request parameter the forms send it in. */
    public static final String PARAMETER = "formToken";

    private String value;

    public synchronized String getValue() {
        if (value == null) {
            value = OneTimeSecret.linkToken().secret();
        }
        return value;
    }

    /** Whether this request's form carried the session's token (compared in constant time). */
    public boolean sent() {
        return matches(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(PARAMETER));
    }

    /** Whether a form sent the session's token (compared in constant time). */
    public boolean matches(String sent) {
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), getValue().getBytes(StandardCharsets.UTF_8));
    }
}
