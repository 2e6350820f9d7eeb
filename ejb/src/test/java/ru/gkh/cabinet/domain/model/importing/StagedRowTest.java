package ru.gkh.cabinet.domain.model.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StagedRowTest {

    @Test
    void keysDifferingOnlyAsTheDatabaseDoesNotCompareThemAreTheSameKey() {
        assertEquals("HV-0001|2026-09", StagedRow.comparableKey("hv-0001|2026-09"));
        assertEquals(StagedRow.comparableKey("Ёлкина-1"), StagedRow.comparableKey("елкина-1"));
        assertEquals(StagedRow.of(2, "HV-0001|2026-09").keyHash(), StagedRow.of(3, "hv-0001|2026-09").keyHash());
        assertNotEquals(StagedRow.of(2, "HV-0001|2026-09").keyHash(), StagedRow.of(3, "HV-0001|2026-10").keyHash());
    }

    @Test
    void theWidthCountsValuesUpToTheLastOneGiven() {
        assertEquals(3, StagedRow.of(2, "K", "HV-0001", LocalDate.of(2026, 9, 1), new BigDecimal("305.210"), null).width());
        assertEquals(4, StagedRow.of(2, "K", "HV-0001", null, new BigDecimal("305.210"), LocalDate.of(2026, 9, 20)).width());
        assertEquals("305.210", StagedRow.of(2, "K", "HV-0001", null, new BigDecimal("305.210")).values()[2]);
    }

    /** The staging INSERT IGNORE would cut a value past its column: such a value never becomes a staged row. */
    @Test
    void aValueOrKeyLongerThanItsStagingColumnIsRefused() {
        assertEquals(500, StagedRow.of(2, "K", "а".repeat(500)).values()[0].length());
        assertEquals("value 2 of line 7 longer than 500",
                assertThrows(IllegalArgumentException.class, () -> StagedRow.of(7, "K", "x", "а".repeat(501))).getMessage());
        assertEquals("key of line 7 longer than 700",
                assertThrows(IllegalArgumentException.class, () -> StagedRow.of(7, "K".repeat(701), "x")).getMessage());
    }
}
