package ru.gkh.cabinet.domain.model.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A secret sent to a person once (a link's token, an SMS code); only its SHA-256 is stored, so a copy of the database
 * confirms nothing.
 */
public record OneTimeSecret(String secret, String hash) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A link token: 32 random bytes, URL-safe. */
    public static OneTimeSecret linkToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        String s = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        return new OneTimeSecret(s, hashOf(s));
    }

    /**
     * A 6-digit code for an SMS, hashed with a salt of its own ({@link #salt()}): a million codes would otherwise be
     * read back from their hashes at once, and two people's equal codes would have equal hashes.
     */
    public static OneTimeSecret smsCode(String salt) {
        String s = String.format("%06d", RANDOM.nextInt(1_000_000));
        return new OneTimeSecret(s, hashOf(salt + s));
    }

    /** 16 random bytes in hex, the salt of one SMS code. */
    public static String salt() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    public static String hashOf(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
