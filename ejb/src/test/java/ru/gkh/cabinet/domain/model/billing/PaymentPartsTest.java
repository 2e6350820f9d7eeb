package ru.gkh.cabinet.domain.model.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A payment's parts, kept as the text of its one allocation row. */
class PaymentPartsTest {

    private static final YearMonth SEP = YearMonth.of(2026, 9);
    private static final YearMonth OCT = YearMonth.of(2026, 10);

    @Test
    void partsAreWrittenInTheirOrderWithTheServicesIdsAndReadBackExactly() {
        List<AccountMonth.Allocation> parts = List.of(new AccountMonth.Allocation(7, SEP, "MAINT", new BigDecimal("200.00")),
                new AccountMonth.Allocation(7, OCT, "HEAT", new BigDecimal("75.00")),
                new AccountMonth.Allocation(7, OCT, "MAINT", new BigDecimal("-0.10")));
        String text = PaymentParts.format(parts, Map.of("MAINT", 31L, "HEAT", 1205L));
        assertEquals("2026-09:31:200.00 2026-10:1205:75.00 2026-10:31:-0.10", text);
        assertEquals(List.of(new PaymentParts.Part(SEP, 31, new BigDecimal("200.00")), new PaymentParts.Part(OCT, 1205, new BigDecimal("75.00")),
                new PaymentParts.Part(OCT, 31, new BigDecimal("-0.10"))), PaymentParts.parse(text));
    }

    @Test
    void aPaymentThatSettledNothingHasNoParts() {
        assertEquals("", PaymentParts.format(List.of(), Map.of()));
        assertEquals(List.of(), PaymentParts.parse(""));
    }

    @Test
    void aServiceWithoutAnIdOrATextThatIsNotPartsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PaymentParts.format(
                List.of(new AccountMonth.Allocation(7, SEP, "GVS", BigDecimal.ONE)), Map.of("HVS", 1L)));
        for (String text : List.of("2026-13:31:1.00", "2026-1x:31:1.00", "2026-09:31", "2026-09-31:1.00", "2026-09:31:1.00 x")) {
            assertThrows(IllegalArgumentException.class, () -> PaymentParts.parse(text), text);
        }
        assertEquals(BigDecimal.ONE, PaymentParts.parse("2026-12:9:1").get(0).amount());
    }
}
