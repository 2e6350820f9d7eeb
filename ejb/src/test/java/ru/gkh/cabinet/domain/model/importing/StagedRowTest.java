package ru.gkh.cabinet.domain.model.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
}
