package ru.gkh.cabinet.domain.model.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.gkh.cabinet.domain.model.organization.OrganizationDetails;

public class ReceiptDocumentTest {

    static final OrganizationDetails PAYEE = new OrganizationDetails("ООО «УК Северная|Звезда»", "5401234567", "540101001",
            "1025400000001", "Сибирский банк ПАО Сбербанк", "045004641", "30101810500000000641", "40702810944050001234",
            "630000, г. Новосибирск, ул. Ленина, д. 1", "+7 383 200-00-00", "+7 383 200-00-01", "uk-zvezda.ru");

    public static ReceiptDocument october() {
        List<ReceiptDocument.Line> lines = List.of(
                new ReceiptDocument.Line("Содержание жилого помещения", "м2", null, null, new BigDecimal("36.830000"),
                        new BigDecimal("2000.00"), null, null, null, null),
                new ReceiptDocument.Line("Холодное водоснабжение", "м3", "МУП «Горводоканал»", new BigDecimal("4.745000"),
                        new BigDecimal("105.350000"), new BigDecimal("500.00"), new BigDecimal("0.220000"), new BigDecimal("23.17"),
                        new BigDecimal("-100.00"), "поверка счётчика"));
        return new ReceiptDocument(PAYEE, new ReceiptDocument.Payer("100200301", "Иванов Иван Иванович",
                "г. Новосибирск, ул. Ленина, д. 5, кв. 1", new BigDecimal("54.300000"), 3), YearMonth.of(2026, 10), lines,
                List.of(new ReceiptDocument.MeterRow("ХВ-1001", "Холодное водоснабжение", new BigDecimal("120.5"), new BigDecimal("125.245"))),
                new BigDecimal("1000.00"), new BigDecimal("900.00"), new BigDecimal("9.50"));
    }

    @Test
    void totalToPayIsOpeningPlusChargedPlusRecalculatedPlusLateFeeMinusPaid() {
        ReceiptDocument r = october();
        // 2000.00 + 500.00 + 23.17 (ОДН) = 2523.17 charged; 1000.00 + 2523.17 − 100.00 + 9.50 − 900.00 = 2532.67
        assertEquals(new BigDecimal("2523.17"), r.charged());
        assertEquals(new BigDecimal("-100.00"), r.recalculated());
        assertEquals(new BigDecimal("2532.67"), r.totalDue());
        assertEquals(new BigDecimal("423.17"), r.lines().get(1).total());
        assertEquals(LocalDate.of(2026, 11, 15), r.dueDate());
        assertEquals(253267, r.qr().kopecks());
    }

    @Test
    void anAdvanceLeavesNothingToPay() {
        ReceiptDocument r = october();
        ReceiptDocument paidAhead = new ReceiptDocument(r.payee(), r.payer(), r.period(), r.lines(), r.meters(), r.opening(),
                new BigDecimal("5000.00"), r.lateFee());
        assertEquals(new BigDecimal("-1567.33"), paidAhead.closing());
        assertEquals(new BigDecimal("0.00"), paidAhead.totalDue());
        assertEquals(0, paidAhead.qr().kopecks());
    }

    @Test
    void theQrTextIsTheGostStringWithTheRequiredFieldsFirstAndNoSeparatorInsideAValue() {
        assertEquals("ST00012|Name=ООО «УК Северная/Звезда»|PersonalAcc=40702810944050001234|BankName=Сибирский банк ПАО Сбербанк"
                + "|BIC=045004641|CorrespAcc=30101810500000000641|PayeeINN=5401234567|KPP=540101001|PersAcc=100200301"
                + "|LastName=Иванов|PayerAddress=г. Новосибирск, ул. Ленина, д. 5, кв. 1|PaymPeriod=102026|Sum=253267"
                + "|Purpose=Оплата ЖКУ за 10.2026, л/с 100200301|TechCode=02", october().qr().text());
    }

    @Test
    void sumIsInKopecks() {
        PaymentQrCode qr = new PaymentQrCode(PAYEE, "1", "Петрова", null, YearMonth.of(2026, 1), new BigDecimal("4523.17"));
        assertEquals(452317, qr.kopecks());
        assertTrue(qr.text().contains("|PaymPeriod=012026|Sum=452317|"), qr.text());
    }

    @Test
    void aPayeeWithoutBankDetailsIsRefusedInRussian() {
        OrganizationDetails noBank = new OrganizationDetails("ООО «УК»", "5401234567", null, null, null, null, null, null, null,
                null, null, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PaymentQrCode(noBank, "1", "Иванов", null, YearMonth.of(2026, 1), BigDecimal.TEN));
        assertEquals("В реквизитах организации не заполнено: расчётный счёт, банк, БИК, корр. счёт — без них QR-код платежа"
                + " не прочтёт ни один банк", e.getMessage());
    }
}
