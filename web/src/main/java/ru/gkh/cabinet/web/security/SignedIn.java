package ru.gkh.cabinet.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Set;

/**
 * The session's own record of a sign-in: who signed in, when, and with which roles, written once where the sign-in
 * happens (the login page's credential in {@link CabinetAuthentication}, a "remember me" cookie in
 * {@link RememberMeStore}), from what the identity store read in the database. The residents' pages are admitted by it
 * ({@link ResidentPages}) and take the login from it, instead of asking the container on each request: Payara 6 under
 * concurrent load sometimes loses a request's roles or reports another session's principal (payara/Payara#6145).
 */
public final class SignedIn {

    /** When the session signed in: a password changed later ends it ({@link SessionValidity}). */
    public static final String AT = "cabinet.signedInAt";
    public static final String AS = "cabinet.signedInAs";
    private static final String ROLES = "cabinet.signedInRoles";

    private SignedIn() {
    }

    public static void record(HttpSession session, String login, Set<String> roles) {
        session.setAttribute(AT, Instant.now());
        session.setAttribute(AS, login);
        session.setAttribute(ROLES, Set.copyOf(roles));
    }

    /** The login the session signed in as, or null. */
    public static String login(HttpSession session) {
        return session != null && session.getAttribute(AS) instanceof String s ? s : null;
    }

    public static String login(HttpServletRequest request) {
        return login(request.getSession(false));
    }

    public static boolean hasRole(HttpSession session, String role) {
        return session != null && session.getAttribute(ROLES) instanceof Set<?> roles && roles.contains(role);
    }
}
