package ru.gkh.cabinet.domain.model.payment;

import java.math.BigDecimal;

/** An amount a resident pays online: roubles and kopecks, from 1 rouble up to the acquirer's single-payment limit. */
public final class PaymentAmount {

    public static final BigDecimal MIN = new BigDecimal("1.00");
    public static final BigDecimal MAX = new BigDecimal("500000.00");

    private PaymentAmount() {
    }

    /**
     * The amount as typed ({@code 1 234,50}, {@code 1234.5}); refused with the reason, in Russian, when it is not a
     * sum of money, has more than kopecks, or is out of the limits.
     */
    public static BigDecimal parse(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new IllegalArgumentException("Укажите сумму оплаты");
        }
        BigDecimal amount;
        try {
            amount = new BigDecimal(typed.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Сумма оплаты «" + typed.strip() + "» — не число рублей и копеек");
        }
        return check(amount);
    }

    public static BigDecimal check(BigDecimal amount) {
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("В сумме оплаты не больше двух знаков после запятой (копейки)");
        }
        if (amount.compareTo(MIN) < 0) {
            throw new IllegalArgumentException("Сумма оплаты — не меньше 1 рубля");
        }
        if (amount.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("Сумма оплаты — не больше 500 000 рублей за один платёж");
        }
        return amount.setScale(2);
    }
}
