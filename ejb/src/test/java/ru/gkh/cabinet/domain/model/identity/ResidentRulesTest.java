package ru.gkh.cabinet.domain.model.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ResidentRulesTest {

    @Test
    void aPasswordIsTenCharactersNotCommonAndFreeOfTheEmailAndAccount() {
        assertEquals("Пароль: не короче 10 символов", PasswordPolicy.problem("Kx9#short", "anna@example.ru", "100200301"));
        assertEquals("Пароль: слишком распространённый, его подбирают первым — придумайте другой",
                PasswordPolicy.problem("Qwerty123456", "anna@example.ru", "100200301"));
        assertEquals("Пароль: не должен содержать адрес электронной почты", PasswordPolicy.problem("my-ANNA-pass-7", "anna@example.ru", "1"));
        assertEquals("Пароль: не должен содержать номер лицевого счёта", PasswordPolicy.problem("x100200301y", "anna@example.ru", "100200301"));
        assertNull(PasswordPolicy.problem("зимний-вечер-2026", "anna@example.ru", "100200301"));
    }

    @Test
    void theSurnameProofIgnoresCaseAndYo() {
        assertTrue(PossessionProof.SURNAME.matches(" ФЁДОРОВА ", "Федорова Анна Викторовна", null));
        assertTrue(PossessionProof.SURNAME.matches("иванов", "Иванов Иван Иванович", null));
        assertFalse(PossessionProof.SURNAME.matches("Иван", "Иванов Иван Иванович", null));
        assertFalse(PossessionProof.SURNAME.matches("", "Иванов Иван Иванович", null));
    }

    @Test
    void theAmountProofIsTheLastTotalDueToTheKopeck() {
        BigDecimal due = new BigDecimal("8047.34");
        assertTrue(PossessionProof.AMOUNT.matches("8 047,34", null, due));
        assertTrue(PossessionProof.AMOUNT.matches("8047.34", null, due));
        assertFalse(PossessionProof.AMOUNT.matches("8047.35", null, due));
        assertFalse(PossessionProof.AMOUNT.matches("8047.34", null, null));
        assertFalse(PossessionProof.AMOUNT.matches("восемь", null, due));
    }

    @Test
    void onlyTheHashOfASecretIsKeptAndCodesAreSixDigits() {
        OneTimeSecret link = OneTimeSecret.linkToken();
        assertEquals(43, link.secret().length());
        assertEquals(OneTimeSecret.hashOf(link.secret()), link.hash());
        assertEquals("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", OneTimeSecret.hashOf("test"));
        String salt = OneTimeSecret.salt();
        assertTrue(salt.matches("[0-9a-f]{32}"));
        assertNotEquals(salt, OneTimeSecret.salt());
        OneTimeSecret code = OneTimeSecret.smsCode(salt);
        assertTrue(code.secret().matches("\\d{6}"));
        assertEquals(OneTimeSecret.hashOf(salt + code.secret()), code.hash());
        assertNotEquals(OneTimeSecret.hashOf(code.secret()), code.hash());
    }
}
