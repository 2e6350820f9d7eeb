package ru.gkh.cabinet.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Headers every answer carries: no framing (clickjacking), no content sniffing, no referrer to other sites, and a
 * content security policy that lets pages load scripts, styles and images only from the cabinet itself. Scripts may
 * be inline because JSF and PrimeFaces write their handlers inline; everything from other origins is refused, except that
 * forms may lead to the acquirer's payment page.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'%s; frame-ancestors 'none'";

    /**
     * The acquirer's payment page: the pay form's answer redirects there, and browsers hold a form's redirects to
     * form-action. Space-separated origins; YooKassa's by default.
     */
    @Inject
    @ConfigProperty(name = "cabinet.payments.checkout-origins", defaultValue = "https://yoomoney.ru")
    String checkoutOrigins;

    private String policy;

    @Override
    public void init() {
        String origins = checkoutOrigins == null ? "" : checkoutOrigins.strip();
        policy = POLICY.formatted(origins.isEmpty() ? "" : " " + origins);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, response);
    }
}
