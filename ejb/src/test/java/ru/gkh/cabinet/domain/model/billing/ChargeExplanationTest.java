package ru.gkh.cabinet.domain.model.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ChargeExplanationTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void areaResidentsAndFixedCharges() {
        assertEquals("54,3 м² × 25,10 руб. = 1 362,93 руб. — по площади помещения",
                new ChargeExplanation("AREA", null, "м²", null, d("25.100000"), d("1362.93"), d("54.300000"), 3, null, false).text());
        assertEquals("3 чел. × 120,00 руб. = 360,00 руб. — по числу проживающих",
                new ChargeExplanation("PER_RESIDENT", null, "чел.", null, d("120.00"), d("360.00"), null, 3, null, false).text());
        assertEquals("250,00 руб. в месяц = 250,00 руб. — фиксированная плата",
                new ChargeExplanation("FIXED", null, "мес.", null, d("250.00"), d("250.00"), null, 1, null, false).text());
    }

    @Test
    void meteredChargesSayWhereTheVolumeCameFrom() {
        assertEquals("7,5 м³ × 33,73 руб. = 252,98 руб. — по показаниям счётчика",
                new ChargeExplanation("METERED", "READING", "м³", d("7.500000"), d("33.73"), d("252.98"), null, 3, null, true).text());
        assertEquals("6,2 м³ × 33,73 руб. = 209,13 руб. — по среднему потреблению, показания не переданы",
                new ChargeExplanation("METERED", "AVERAGE", "м³", d("6.200000"), d("33.73"), d("209.13"), null, 3, null, true).text());
        // The example: 4,745 м³ a person × 3 people × 33,73 = 14,235 м³ → 480,15 руб.
        assertEquals("4,745 м³ × 3 чел. × 33,73 руб. = 480,15 руб. — по нормативу, показания не переданы",
                new ChargeExplanation("METERED", "NORM", "м³", d("14.235000"), d("33.73"), d("480.15"), null, 3, d("4.745"), true).text());
        // No meter where one could be installed: the norm times 1.5.
        assertEquals("4,745 м³ × 3 чел. × 1,5 × 33,73 руб. = 720,22 руб. — по нормативу с повышающим коэффициентом 1,5:"
                + " счётчик можно установить, но его нет",
                new ChargeExplanation("METERED", "NORM", "м³", d("21.352500"), d("33.73"), d("720.22"), null, 3, d("4.745"), false).text());
    }

    @Test
    void aMonthOpenOnlyInPartIsSaidToBeSo() {
        // 54,3 × 25,10 = 1 362,93 for the whole month; opened on the 16th of 30 days: 681,47.
        assertEquals("54,3 м² × 25,10 руб. = 681,47 руб. — по площади помещения (за дни месяца, когда лицевой счёт был открыт)",
                new ChargeExplanation("AREA", null, "м²", null, d("25.10"), d("681.47"), d("54.300000"), 3, null, false).text());
    }

    @Test
    void theCommonPartHasItsOwnLine() {
        assertEquals("ОДН: 0,412 м³ × 33,73 руб. = 13,90 руб. — доля общедомового потребления по площади помещения",
                ChargeExplanation.common("м³", d("0.412000"), d("33.73"), d("13.90")));
        assertNull(ChargeExplanation.common("м³", null, d("33.73"), null));
    }
}
