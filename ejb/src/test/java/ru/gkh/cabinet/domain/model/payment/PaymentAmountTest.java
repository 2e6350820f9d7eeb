package ru.gkh.cabinet.domain.model.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The amount a resident types on the pay form. */
class PaymentAmountTest {

    @Test
    void roublesAndKopecksAsPeopleTypeThem() {
        assertEquals(new BigDecimal("1921.94"), PaymentAmount.parse("1921,94"));
        assertEquals(new BigDecimal("1921.94"), PaymentAmount.parse(" 1 921,94 "));
        assertEquals(new BigDecimal("2000.00"), PaymentAmount.parse("2\u00a0000"));
        assertEquals(new BigDecimal("15.50"), PaymentAmount.parse("15.5"));
    }

    @Test
    void whatIsNoAmountIsRefusedWithTheReason() {
        assertEquals("Укажите сумму оплаты", assertThrows(IllegalArgumentException.class, () -> PaymentAmount.parse(" ")).getMessage());
        assertEquals("Сумма оплаты «сто» — не число рублей и копеек",
                assertThrows(IllegalArgumentException.class, () -> PaymentAmount.parse("сто")).getMessage());
        assertEquals("В сумме оплаты не больше двух знаков после запятой (копейки)",
                assertThrows(IllegalArgumentException.class, () -> PaymentAmount.parse("10,005")).getMessage());
        assertEquals("Сумма оплаты — не меньше 1 рубля", assertThrows(IllegalArgumentException.class, () -> PaymentAmount.parse("0,99")).getMessage());
        assertEquals("Сумма оплаты — не больше 500 000 рублей за один платёж",
                assertThrows(IllegalArgumentException.class, () -> PaymentAmount.parse("500000,01")).getMessage());
    }
}
