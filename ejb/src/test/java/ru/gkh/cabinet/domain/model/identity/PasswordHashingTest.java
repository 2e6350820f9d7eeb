package ru.gkh.cabinet.domain.model.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    @Test
    void argon2idWithTheOwaspParametersAndASaltOfItsOwn() {
        String hash = PasswordHashing.hash("demo-admin-2026");
        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
        assertNotEquals(hash, PasswordHashing.hash("demo-admin-2026"), "a new salt each time");
        assertTrue(PasswordHashing.matches("demo-admin-2026", hash));
        assertFalse(PasswordHashing.matches("demo-admin-2025", hash));
        assertFalse(PasswordHashing.matches("anything", null), "an unknown user never matches");
    }

    @Test
    void apiTokensAreRandomAndOnlyTheirHashIsKept() {
        ApiToken.Issued a = ApiToken.issue(1L, "script");
        ApiToken.Issued b = ApiToken.issue(1L, "script");
        assertTrue(a.secret().startsWith("cab_") && a.secret().length() == 47, a.secret());
        assertNotEquals(a.secret(), b.secret());
        assertEquals(64, ApiToken.hashOf(a.secret()).length());
        assertEquals(ApiToken.hashOf(a.secret()), ApiToken.hashOf(a.secret()));
    }
}
