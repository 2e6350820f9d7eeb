package ru.gkh.cabinet.domain.model.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The notations of formats.md: either decimal mark, two date and two period notations, the registry's own. */
class FieldFormatTest {

    @Test
    void decimalsTakeEitherMarkAndKeepTheirDigits() {
        assertEquals(new BigDecimal("54.30"), FieldFormat.quantity("total_area", "54,30"));
        assertEquals(new BigDecimal("2000.5"), FieldFormat.quantity("x", "2000.5"));
        assertEquals(new BigDecimal("1500.00"), FieldFormat.money("amount", "1500"));
        assertEquals(new BigDecimal("-412.55"), FieldFormat.money("amount", "-412,55"));
    }

    @Test
    void badDecimalsAreRefusedNamingTheValue() {
        RowRejected e = assertThrows(RowRejected.class, () -> FieldFormat.money("amount", "1 500,00"));
        assertEquals("amount", e.column());
        assertEquals("«1 500,00» — не число (допустимы цифры и один знак «,» или «.», без разделителей тысяч)", e.getMessage());
        assertEquals("«10,123» — больше 2 знаков после запятой", assertThrows(RowRejected.class, () -> FieldFormat.money("amount", "10,123")).getMessage());
        assertEquals("«1.1234567» — больше 6 знаков после запятой", assertThrows(RowRejected.class, () -> FieldFormat.quantity("rate", "1.1234567")).getMessage());
    }

    @Test
    void datesInBothNotationsAndOnlyRealOnes() {
        assertEquals(LocalDate.of(2026, 11, 5), FieldFormat.date("paid_on", "05.11.2026"));
        assertEquals(LocalDate.of(2020, 3, 1), FieldFormat.date("opened_on", "2020-03-01"));
        assertEquals("«29.02.2026» — не дата (ожидается ДД.ММ.ГГГГ или ГГГГ-ММ-ДД)",
                assertThrows(RowRejected.class, () -> FieldFormat.date("paid_on", "29.02.2026")).getMessage());
        assertEquals(LocalDate.of(2026, 11, 5), FieldFormat.registryDate("дата", "05-11-2026"));
    }

    @Test
    void datesAndPeriodsAreReadDigitByDigitAndNothingElsePasses() {
        assertEquals(LocalDate.of(2024, 2, 29), FieldFormat.date("taken_on", " 29.02.2024 "));
        assertEquals(LocalDate.of(2026, 12, 31), FieldFormat.date("taken_on", "2026-12-31"));
        for (String notADate : new String[] {"2026-1-05", "5.11.2026", "2026-02-30", "31.04.2026", "2026-00-10", "00.10.2026",
            "ab.11.2026", "2026-11-0x", "2026/11/05", "05.11.26", "05.11.02026", "+2026-11-05", ""}) {
            assertEquals("«" + notADate + "» — не дата (ожидается ДД.ММ.ГГГГ или ГГГГ-ММ-ДД)",
                    assertThrows(RowRejected.class, () -> FieldFormat.date("taken_on", notADate)).getMessage(), notADate);
        }
        assertEquals(YearMonth.of(2026, 1), FieldFormat.period("period", " 01.2026"));
        for (String notAPeriod : new String[] {"2026-1", "1.2026", "2026/10", "20x6-10", "10.20x6", "2026-10-01", ""}) {
            assertEquals("«" + notAPeriod + "» — не период (ожидается ГГГГ-ММ или ММ.ГГГГ)",
                    assertThrows(RowRejected.class, () -> FieldFormat.period("period", notAPeriod)).getMessage(), notAPeriod);
        }
        assertEquals("«00.2026» — месяц должен быть от 01 до 12", assertThrows(RowRejected.class, () -> FieldFormat.period("period", "00.2026")).getMessage());
    }

    @Test
    void periodsInBothNotations() {
        assertEquals(YearMonth.of(2026, 10), FieldFormat.period("period", "2026-10"));
        assertEquals(YearMonth.of(2026, 10), FieldFormat.period("period", "10.2026"));
        assertEquals(YearMonth.of(2026, 10), FieldFormat.registryPeriod("период", "102026"));
        assertEquals("«2026-13» — месяц должен быть от 01 до 12", assertThrows(RowRejected.class, () -> FieldFormat.period("period", "2026-13")).getMessage());
    }

    @Test
    void phoneNumbersAreStoredAsPlusSeven() {
        assertEquals("+79131234567", PhoneNumber.normalise("phone", "8-913-123-45-67"));
        assertEquals("+79135556677", PhoneNumber.normalise("phone", "89135556677"));
        assertEquals("+79131112233", PhoneNumber.normalise("phone", "+7 (913) 111-22-33"));
        assertEquals("«12345» — не российский номер телефона (ожидается +7 и 10 цифр)",
                assertThrows(RowRejected.class, () -> PhoneNumber.normalise("phone", "12345")).getMessage());
    }

    @Test
    void aReadingMustFitTheDial() {
        MeterDial.check("reading", new BigDecimal("99999.999"), 5, 3);
        assertEquals("«100000» не помещается в 5 разрядов счётчика",
                assertThrows(RowRejected.class, () -> MeterDial.check("reading", new BigDecimal("100000"), 5, 3)).getMessage());
        assertEquals("«12.34» — у счётчика 1 знаков после запятой",
                assertThrows(RowRejected.class, () -> MeterDial.check("reading", new BigDecimal("12.34"), 6, 1)).getMessage());
    }
}
