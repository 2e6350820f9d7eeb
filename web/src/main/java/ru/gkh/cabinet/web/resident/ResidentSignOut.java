package ru.gkh.cabinet.web.resident;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import ru.gkh.cabinet.web.security.CabinetAuthentication;

/**
 * «Выход» in the residents' header: a plain form posts here (a JSF form on every page cost more than the rest of the
 * menu). Only with the session's {@link FormToken}, so that another site cannot sign a resident out; a form of an
 * older session goes back to Главная, still signed in. Signing out also forgets this device's "remember me" (the
 * container's logout does, as on the staff pages' JSF logout).
 */
@WebServlet("/cabinet/logout")
public class ResidentSignOut extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    FormToken token;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!token.matches(request.getParameter(FormToken.PARAMETER))) {
            response.sendRedirect(request.getContextPath() + "/cabinet/index.xhtml");
            return;
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + CabinetAuthentication.LOGIN_PAGE);
    }
}
