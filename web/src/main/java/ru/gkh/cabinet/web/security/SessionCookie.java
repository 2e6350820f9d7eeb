package ru.gkh.cabinet.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The session cookie is SameSite=Lax: browsers do not send it with requests other sites start, so (with the JSF view
 * state) no other site can post a form in a signed-in person's name. HttpOnly is set in web.xml.
 */
@WebListener
public class SessionCookie implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setAttribute("SameSite", "Lax");
    }
}
