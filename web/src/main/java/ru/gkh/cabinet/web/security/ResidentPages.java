package ru.gkh.cabinet.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Admits to the residents' cabinet a session that signed in as a resident ({@link SignedIn}); sends one that has not
 * signed in to the login page (to come back after), and answers 403 to staff. This takes the place of a security
 * constraint in web.xml: the container's role check failed about one request in fifty under load (payara/Payara#6145,
 * fixed upstream after the pinned 6.2025.10), each a resident shown «Доступ запрещён» on her own page.
 */
@WebFilter("/cabinet/*")
public class ResidentPages extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (SignedIn.login(session) == null) {
            response.sendRedirect(CabinetAuthentication.loginPageFrom(request));
        } else if (!SignedIn.hasRole(session, "RESIDENT")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } else {
            chain.doFilter(request, response);
        }
    }
}
