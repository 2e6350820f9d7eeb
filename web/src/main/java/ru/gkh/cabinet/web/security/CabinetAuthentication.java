package ru.gkh.cabinet.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.RememberMe;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * One mechanism for the two kinds of caller. Scripts call {@code /api/staff/} with HTTP Basic or a personal token
 * ({@code Bearer}) on every request and get 401 in JSON without them. People sign in on the JSF login page,
 * which hands the credential over through {@code SecurityContext.authenticate}; the session keeps them signed
 * in, and a protected page without a session redirects to the login page. "Remember me" on the login page keeps a
 * person signed in for 30 days on that device ({@link RememberMeStore}); the cookie is HttpOnly, and Secure when the
 * request came over HTTPS. Each sign-in is recorded in the session ({@link SignedIn}): under concurrent load Payara 6 (up
 * to 6.2025.10, the version pinned) sometimes loses a session's roles (payara/Payara#6145, fixed upstream by FISH-7515
 * after it), so the residents' pages are admitted by that record ({@link ResidentPages}), not by a web.xml constraint.
 */
@ApplicationScoped
@AutoApplySession
@RememberMe(cookieName = CabinetAuthentication.REMEMBER_COOKIE, cookieMaxAgeSeconds = 30 * 24 * 3600,
        isRememberMeExpression = "#{httpMessageContext.authParameters.rememberMe}",
        cookieSecureOnlyExpression = "#{httpMessageContext.request.secure}")
public class CabinetAuthentication implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    public static final String REMEMBER_COOKIE = "cabinet_remember";

    @Inject
    StaffIdentityStore store;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext ctx) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/staff/")) {
            return api(request, response, ctx);
        }
        if (path.startsWith("/api/")) {
            // The acquirer's notifications and the demo acquirer's API: callers who are not staff, checked by those resources.
            return ctx.doNothing();
        }
        Credential credential = ctx.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential upc) {
            CredentialValidationResult result = store.validate(upc, ClientAddress.of(request));
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            SignedIn.record(request.getSession(), result.getCallerPrincipal().getName(), result.getCallerGroups());
            return ctx.notifyContainerAboutLogin(result);
        }
        if (ctx.isProtected()) {
            return ctx.redirect(loginPageFrom(request));
        }
        return ctx.doNothing();
    }

    /** The login page, with the page asked for to come back to after signing in. */
    static String loginPageFrom(HttpServletRequest request) {
        String from = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return request.getContextPath() + LOGIN_PAGE + "?from=" + URLEncoder.encode(from, StandardCharsets.UTF_8);
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response, HttpMessageContext ctx) {
        String header = request.getHeader("Authorization");
        CredentialValidationResult result = null;
        if (BasicCredentials.isBasic(header)) {
            result = BasicCredentials.of(header).map(b -> store.validate(new UsernamePasswordCredential(b.user(), b.password())))
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        } else if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            result = store.validateToken(header.substring(7).strip());
        }
        if (result != null && result.getStatus() == CredentialValidationResult.Status.VALID) {
            return ctx.notifyContainerAboutLogin(result);
        }
        if (result == null && !ctx.isProtected()) {
            return ctx.doNothing();
        }
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"cabinet\", charset=\"UTF-8\"");
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(result == null
                    ? "{\"message\":\"Нужна аутентификация: HTTP Basic или Authorization: Bearer <токен>\"}"
                    : "{\"message\":\"Неверный логин, пароль или токен\"}");
        } catch (IOException e) {
            // The client went away; nothing more to tell it.
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
