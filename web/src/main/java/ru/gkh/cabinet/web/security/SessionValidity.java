package ru.gkh.cabinet.web.security;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import ru.gkh.cabinet.application.residents.ResidentCabinet;

/**
 * Ends a signed-in session whose user changed the password after it began (on another device, by recovery): the next
 * request finds itself signed out and goes to the sign-in page. One statement per signed-in page request, which also
 * reads a resident's links: the residents' pages take them from the request ({@link #LINKS}) instead of reading them
 * again (staff have none).
 */
@WebFilter(urlPatterns = {"/cabinet/*", "/staff/*"})
public class SessionValidity extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** The request attribute with the signed-in resident's links ({@code List<ResidentCabinet.Link>}), read here. */
    public static final String LINKS = "cabinet.links";

    @EJB
    private ResidentCabinet cabinet;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        // The session's own record of the sign-in, not the request's principal, which Payara 6 under concurrent load
        // sometimes reports wrongly (payara/Payara#6145): that must not end a session.
        String as = SignedIn.login(session);
        if (as != null) {
            ResidentCabinet.SignedInUser user = cabinet.signedIn(as);
            Instant changed = user.credentialsChangedAt();
            request.setAttribute(LINKS, user.links());
            Object since = session.getAttribute(SignedIn.AT);
            if (changed != null && (!(since instanceof Instant s) || s.isBefore(changed))) {
                request.logout();
                session.invalidate();
                response.sendRedirect(request.getContextPath() + CabinetAuthentication.LOGIN_PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
