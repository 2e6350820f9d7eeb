package ru.gkh.cabinet.web.resident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RussianFormatTest {

    @Test
    void sumsOnPagesKeepTheirThousandsTogether() {
        // A no-break space: in a narrow column a sum is never broken into «1» and «280,76».
        assertEquals("1\u00a0280,76", RussianFormat.money(new BigDecimal("1280.76")));
        assertEquals("-21\u00a0776,44", RussianFormat.money(new BigDecimal("-21776.44")));
        assertEquals("1\u00a0000\u00a0000,00", RussianFormat.money(new BigDecimal("1000000")));
        assertEquals("0,68", RussianFormat.money(new BigDecimal("0.675")));
        assertEquals("", RussianFormat.money(null));
    }

    @Test
    void momentsAreWrittenInTheServersZone() {
        java.time.Instant i = java.time.LocalDateTime.of(2026, 11, 21, 14, 5, 9).atZone(java.time.ZoneId.systemDefault()).toInstant();
        assertEquals("21.11.2026 14:05", RussianFormat.instant(i));
        assertEquals("21.11.2026 14:05:09", RussianFormat.instantSeconds(i));
        assertEquals("", RussianFormat.instantSeconds(null));
    }
}
