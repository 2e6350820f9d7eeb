package ru.gkh.cabinet.domain.model.receipt;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import ru.gkh.cabinet.domain.model.organization.OrganizationDetails;

/**
 * The payment QR code's text (GOST R 56042-2014) as domain.md writes it: {@code ST00012}, then the required
 * {@code Name|PersonalAcc|BankName|BIC|CorrespAcc} in that order, then the housing fields. Banking apps fill their
 * payment form from it, so a value never contains the separator {@code |} and never exceeds its field's length.
 */
public record PaymentQrCode(OrganizationDetails payee, String accountNumber, String payerLastName, String payerAddress,
                            YearMonth period, BigDecimal sum) {

    private static final DateTimeFormatter PAYM_PERIOD = DateTimeFormatter.ofPattern("MMyyyy");
    private static final DateTimeFormatter PURPOSE_PERIOD = DateTimeFormatter.ofPattern("MM.yyyy");

    /** Refuses a payee whose details the code cannot carry: a banking app would reject the whole code. */
    public PaymentQrCode {
        List<String> missing = new ArrayList<>();
        if (payee.name() == null) {
            missing.add("название");
        }
        if (payee.settlementAccount() == null) {
            missing.add("расчётный счёт");
        }
        if (payee.bankName() == null) {
            missing.add("банк");
        }
        if (payee.bic() == null) {
            missing.add("БИК");
        }
        if (payee.correspondentAccount() == null) {
            missing.add("корр. счёт");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("В реквизитах организации не заполнено: " + String.join(", ", missing)
                    + " — без них QR-код платежа не прочтёт ни один банк");
        }
        if (sum.signum() < 0 || sum.scale() > 2) {
            throw new IllegalArgumentException("Сумма QR-кода — неотрицательная, в рублях с копейками: " + sum);
        }
    }

    /** The sum in kopecks, as the code carries it: 4 523.17 ₽ is {@code 452317}. */
    public long kopecks() {
        return sum.movePointRight(2).longValueExact();
    }

    public String text() {
        StringBuilder s = new StringBuilder("ST00012");
        field(s, "Name", payee.name(), 160);
        field(s, "PersonalAcc", payee.settlementAccount(), 20);
        field(s, "BankName", payee.bankName(), 45);
        field(s, "BIC", payee.bic(), 9);
        field(s, "CorrespAcc", payee.correspondentAccount(), 20);
        field(s, "PayeeINN", payee.inn(), 12);
        field(s, "KPP", payee.kpp(), 9);
        field(s, "PersAcc", accountNumber, 30);
        field(s, "LastName", payerLastName, 60);
        field(s, "PayerAddress", payerAddress, 160);
        field(s, "PaymPeriod", PAYM_PERIOD.format(period), 6);
        s.append("|Sum=").append(kopecks());
        field(s, "Purpose", "Оплата ЖКУ за " + PURPOSE_PERIOD.format(period) + ", л/с " + accountNumber, 210);
        s.append("|TechCode=02");
        return s.toString();
    }

    /** Appends {@code |Key=Value}; an absent optional value is left out, as the standard allows. */
    private static void field(StringBuilder s, String key, String value, int max) {
        if (value == null || value.isBlank()) {
            return;
        }
        String clean = value.replace('|', '/').replaceAll("\\s+", " ").strip();
        s.append('|').append(key).append('=').append(clean.length() > max ? clean.substring(0, max) : clean);
    }
}
