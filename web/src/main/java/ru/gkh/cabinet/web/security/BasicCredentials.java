package ru.gkh.cabinet.web.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** The user and password of an {@code Authorization: Basic …} header (RFC 7617, UTF-8). */
public record BasicCredentials(String user, String password) {

    /** Whether the header asks for Basic at all (whatever follows). */
    public static boolean isBasic(String header) {
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /** The credentials, or empty when the header is not Basic, not Base64, or has no colon. */
    public static Optional<BasicCredentials> of(String header) {
        if (!isBasic(header)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0 ? Optional.empty() : Optional.of(new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }
}
