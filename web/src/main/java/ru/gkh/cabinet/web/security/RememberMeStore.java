package ru.gkh.cabinet.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.RememberMeCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.RememberMeIdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.stream.Collectors;
import ru.gkh.cabinet.application.residents.RememberedDevices;

/**
 * The store behind {@code @RememberMe} on {@link CabinetAuthentication}: tokens are {@link RememberedDevices}, kept
 * hashed, each a device the user sees and may revoke; the roles are read afresh at every use.
 */
@ApplicationScoped
public class RememberMeStore implements RememberMeIdentityStore {

    @EJB
    private RememberedDevices devices;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(RememberMeCredential credential) {
        return devices.signIn(credential.getToken(), ClientAddress.of(request)).map(u -> {
            Set<String> roles = u.roles().stream().map(Enum::name).collect(Collectors.toSet());
            // A sign-in by the cookie, as on the login page: recorded in the session for the pages that read it.
            SignedIn.record(request.getSession(), u.login(), roles);
            return new CredentialValidationResult(u.login(), roles);
        }).orElse(CredentialValidationResult.INVALID_RESULT);
    }

    @Override
    public String generateLoginToken(CallerPrincipal callerPrincipal, Set<String> groups) {
        String agent = request.getHeader("User-Agent");
        return devices.remember(callerPrincipal.getName(), agent, ClientAddress.of(request));
    }

    @Override
    public void removeLoginToken(String token) {
        devices.forget(token);
    }
}
