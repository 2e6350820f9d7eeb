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
}
