package ru.gkh.cabinet.domain.model.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    /** A cold-water meter: 5 digits and 3 decimals, last at 312,456, about 7 m³ a month. */
    private static ReadingCheck water() {
        return new ReadingCheck(5, 3, LocalDate.of(2032, 3, 10), d("312.456"), List.of(d("7.246"), d("6.9"), d("7.1")));
    }

    @Test
    void anOrdinaryReadingIsTakenWithItsConsumption() {
        ReadingCheck.Result r = water().check(d("319.7"), false, false, TODAY);
        assertTrue(r.taken());
        assertEquals(d("7.244"), r.volume());
        assertFalse(r.rolledOver());
    }

    @Test
    void theDialsDigitsBoundTheValue() {
        assertEquals("у счётчика 5 разрядов до запятой", water().check(d("100000"), false, false, TODAY).refusal());
        assertEquals("у счётчика 3 разряда после запятой", water().check(d("319.7001"), false, false, TODAY).refusal());
        assertEquals("у счётчика нет знаков после запятой",
                new ReadingCheck(6, 0, null, d("15230"), List.of()).check(d("15230.5"), false, false, TODAY).refusal());
        assertEquals("у счётчика 1 разряд после запятой",
                new ReadingCheck(6, 1, null, d("15230"), List.of()).check(d("15230.55"), false, false, TODAY).refusal());
    }

    @Test
    void aLowerReadingNeedsTheDialToHaveGoneThroughZero() {
        assertEquals("меньше предыдущего (312,456). Если счётчик прошёл через ноль, отметьте «переход через ноль»",
                water().check(d("300"), false, false, TODAY).refusal());
        // 99 998,5 → 3,5 on a 5-digit dial: 100 000 − 99 998,5 + 3,5 = 5.
        ReadingCheck.Result r = new ReadingCheck(5, 1, null, d("99998.5"), List.of(d("6"))).check(d("3.5"), true, false, TODAY);
        assertTrue(r.taken());
        assertEquals(d("5.0"), r.volume());
        assertTrue(r.rolledOver());
    }

    @Test
    void aJumpOfMoreThanTenTimesTheAverageIsAskedToBeConfirmed() {
        // The average of 7,246, 6,9 and 7,1 is 7,082; 312,456 + 80 = 392,456 is 80 m³, more than 70,82.
        ReadingCheck.Result r = water().check(d("392.456"), false, false, TODAY);
        assertFalse(r.taken());
        assertNull(r.refusal());
        assertEquals("расход 80 больше среднего (7,082) в 11 раз: проверьте показание и подтвердите его", r.toConfirm());
        assertTrue(water().check(d("392.456"), false, true, TODAY).taken());
        // 70 m³ is within ten times the average.
        assertTrue(water().check(d("382.456"), false, false, TODAY).taken());
        // Without history nothing is implausible.
        assertTrue(new ReadingCheck(5, 3, null, d("0"), List.of()).check(d("500"), false, false, TODAY).taken());
    }

    @Test
    void anExpiredVerificationRefusesEveryReading() {
        assertEquals("срок поверки счётчика истёк 01.11.2026: показания не принимаются, обратитесь в управляющую организацию",
                new ReadingCheck(5, 3, LocalDate.of(2026, 11, 1), d("1"), List.of()).check(d("2"), false, false, TODAY).refusal());
        assertTrue(new ReadingCheck(5, 3, TODAY, d("1"), List.of()).check(d("2"), false, false, TODAY).taken());
    }
}
