package ru.gkh.cabinet.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import ru.gkh.cabinet.application.StaffDirectory;
import ru.gkh.cabinet.application.StaffMember;

/** Checks logins (staff), emails or account numbers (residents) and passwords against the users in the database (Argon2id hashes); the groups are the roles. */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @EJB
    private StaffDirectory directory;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return validate(credential, null);
    }

    /** A sign-in from a page: logged with the caller's address. */
    public CredentialValidationResult validate(UsernamePasswordCredential credential, String ip) {
        return directory.authenticate(credential.getCaller(), credential.getPasswordAsString(), ip)
                .map(StaffIdentityStore::result)
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    /** A personal API token, sent as {@code Authorization: Bearer}. */
    public CredentialValidationResult validateToken(String token) {
        return directory.authenticateToken(token).map(StaffIdentityStore::result).orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private static CredentialValidationResult result(StaffMember s) {
        return new CredentialValidationResult(s.login(), s.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
