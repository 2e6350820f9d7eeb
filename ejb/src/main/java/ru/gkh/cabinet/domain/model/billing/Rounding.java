package ru.gkh.cabinet.domain.model.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The two roundings of domain.md, "Precision": money to kopecks and volumes to 6 fraction digits, both HALF_UP,
 * each done once, where the rule says.
 */
public final class Rounding {

    public static final int MONEY = 2;
    public static final int VOLUME = 6;

    private Rounding() {
    }

    public static BigDecimal money(BigDecimal amount) {
        return amount.setScale(MONEY, RoundingMode.HALF_UP);
    }

    public static BigDecimal volume(BigDecimal volume) {
        return volume.setScale(VOLUME, RoundingMode.HALF_UP);
    }
}
