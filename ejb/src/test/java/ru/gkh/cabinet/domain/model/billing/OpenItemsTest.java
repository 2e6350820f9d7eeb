package ru.gkh.cabinet.domain.model.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A statement line's open items, carried to the next close as text. */
class OpenItemsTest {

    @Test
    void squarePeriodsAreLeftOutAndTheRestReadBackExactly() {
        SortedMap<YearMonth, BigDecimal> items = new TreeMap<>();
        items.put(YearMonth.of(2026, 7), new BigDecimal("-3.10"));
        items.put(YearMonth.of(2026, 5), new BigDecimal("1200.50"));
        items.put(YearMonth.of(2026, 6), new BigDecimal("0.00"));
        String text = OpenItems.format(items);
        assertEquals("2026-05:1200.50 2026-07:-3.10", text);
        items.remove(YearMonth.of(2026, 6));
        assertEquals(items, OpenItems.parse(text));
    }

    @Test
    void everyMonthOfTheYearReadsBack() {
        assertEquals(YearMonth.of(2025, 12), OpenItems.parse("2025-12:10.00 2026-01:0.01").firstKey());
        assertEquals(YearMonth.of(2026, 10), OpenItems.parse("2025-12:10.00 2026-10:0.01").lastKey());
        assertThrows(java.time.DateTimeException.class, () -> OpenItems.parse("2026-13:1.00"));
        assertThrows(IllegalArgumentException.class, () -> OpenItems.parse("2026-0x:1.00"));
    }

    @Test
    void aSquareLineCarriesNothing() {
        assertEquals("", OpenItems.format(new TreeMap<>()));
        assertEquals(new TreeMap<>(), OpenItems.parse(""));
    }

    @Test
    void moreThanTheColumnHoldsIsNotCarried() {
        // 25 periods of "yyyy-MM:-1234567.89" (19 characters) and 24 spaces: 499 characters, over the 400 the column holds.
        SortedMap<YearMonth, BigDecimal> items = new TreeMap<>();
        for (int i = 0; i < 25; i++) {
            items.put(YearMonth.of(2024, 1).plusMonths(i), new BigDecimal("-1234567.89"));
        }
        assertNull(OpenItems.format(items));
    }
}
