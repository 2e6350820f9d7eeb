package ru.gkh.cabinet.domain.model.identity;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * How a person shows they hold a personal account, as their organization chooses: the holder's surname as billed
 * (letter case and ё/е aside), or the total due on the account's last receipt (to the kopeck, either decimal mark,
 * spaces between thousands allowed).
 */
public enum PossessionProof {
    SURNAME, AMOUNT;

    /** Whether {@code typed} proves possession given what billing knows: the holder's full name or the last total due. */
    public boolean matches(String typed, String holderName, BigDecimal lastTotalDue) {
        if (typed == null || typed.isBlank()) {
            return false;
        }
        if (this == SURNAME) {
            if (holderName == null || holderName.isBlank()) {
                return false;
            }
            return normal(holderName.strip().split("\\s+")[0]).equals(normal(typed.strip()));
        }
        if (lastTotalDue == null) {
            return false;
        }
        try {
            return new BigDecimal(typed.strip().replaceAll("[\\s\\u00a0]", "").replace(',', '.')).compareTo(lastTotalDue) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.forLanguageTag("ru")).replace('ё', 'е');
    }
}
