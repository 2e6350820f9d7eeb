package ru.gkh.cabinet.domain.model.billing;

import java.math.BigDecimal;

/**
 * One service's turnover of an account for a period (оборотно-сальдовая ведомость): the closing balance is always
 * derived, opening + charged + recalculated − paid (late fees are the service PENI's own charge), never stored apart.
 */
public record AccountStatementLine(BigDecimal opening, BigDecimal charged, BigDecimal recalculated, BigDecimal paid) {

    public BigDecimal closing() {
        return opening.add(charged).add(recalculated).subtract(paid);
    }

    /** Positive: debt; negative: overpayment. */
    public boolean isDebt() {
        return closing().signum() > 0;
    }
}
