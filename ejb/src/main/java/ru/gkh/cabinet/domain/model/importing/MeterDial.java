package ru.gkh.cabinet.domain.model.importing;

import java.math.BigDecimal;

/** What a meter's dial can show: {@code intDigits} before the decimal point, {@code fracDigits} after it. */
public final class MeterDial {

    private MeterDial() {
    }

    public static void check(String column, BigDecimal value, int intDigits, int fracDigits) {
        if (value.signum() < 0 || value.compareTo(BigDecimal.TEN.pow(intDigits)) >= 0) {
            throw new RowRejected(column, "«" + value.toPlainString() + "» не помещается в " + intDigits + " разрядов счётчика");
        }
        if (value.stripTrailingZeros().scale() > fracDigits) {
            throw new RowRejected(column, "«" + value.toPlainString() + "» — у счётчика " + fracDigits + " знаков после запятой");
        }
    }
}
