package ru.gkh.cabinet.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class SqlTest {

    @Test
    void aDateColumnsTextIsReadDigitByDigit() {
        assertEquals(LocalDate.of(2026, 1, 31), Sql.isoDate("2026-01-31"));
        assertEquals(LocalDate.of(1999, 12, 1), Sql.isoDate("1999-12-01"));
        assertEquals(LocalDate.of(2028, 2, 29), Sql.isoDate("2028-02-29"));
    }

    @Test
    void whatIsNotADateIsRefused() {
        assertThrows(DateTimeParseException.class, () -> Sql.isoDate("2026-1a-01"));
        assertThrows(java.time.DateTimeException.class, () -> Sql.isoDate("2027-02-29"));
        assertThrows(DateTimeParseException.class, () -> Sql.isoDate("01.02.2026"));
    }
}
