package ru.gkh.cabinet.domain.model.identity;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/** Argon2id with the OWASP minimum (m = 19 MiB, t = 2, p = 1): about 80 ms a check on this hardware. */
public final class PasswordHashing {

    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);

    /** Compared against when the login is unknown, so that unknown and known logins take the same time. */
    private static final String DECOY = hash("decoy-password-never-matches");

    private PasswordHashing() {
    }

    public static String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    public static boolean matches(String password, String hash) {
        return Password.check(password, hash == null ? DECOY : hash).with(ARGON2ID) && hash != null;
    }
}
