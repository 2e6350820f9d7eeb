package ru.gkh.cabinet.domain.model.receipt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import ru.gkh.cabinet.domain.model.organization.OrganizationDetails;

/**
 * What one account's payment document (ЕПД) for a closed period says, before it is drawn: the payee, the payer, a line
 * per service, the meters, and the month's money. Its figures are the period's statements: total to pay = opening +
 * charged + recalculated + late fee − paid (the closing balance), or nothing when the account is in advance.
 */
public record ReceiptDocument(OrganizationDetails payee, Payer payer, YearMonth period, List<Line> lines, List<MeterRow> meters,
                              BigDecimal opening, BigDecimal paid, BigDecimal lateFee) {

    /** A month's bill is due by the 15th of the next month (Housing Code art. 155 p.1). */
    public static final int DUE_DAY = 15;

    public ReceiptDocument {
        lines = List.copyOf(lines);
        meters = List.copyOf(meters);
    }

    /** The account and its premises, as billed. */
    public record Payer(String accountNumber, String holder, String address, BigDecimal area, int residents) {

        /** The surname: the first word of the holder's full name as billing writes it («Иванов Иван Иванович»). */
        public String lastName() {
            String h = holder.strip();
            int space = h.indexOf(' ');
            return space < 0 ? h : h.substring(0, space);
        }
    }

    /**
     * One service's line. {@code volume} is null for services without one (area, fixed); the common-property (ОДН)
     * part and the recalculation are null or zero when there is none.
     */
    public record Line(String service, String unit, String provider, BigDecimal volume, BigDecimal rate, BigDecimal amount,
                       BigDecimal commonVolume, BigDecimal commonAmount, BigDecimal recalculated, String reason) {

        public BigDecimal total() {
            return amount.add(orZero(commonAmount)).add(orZero(recalculated));
        }
    }

    /** A meter with its previous and current readings (null when the month had none). */
    public record MeterRow(String serial, String service, BigDecimal previous, BigDecimal current) {
    }

    public LocalDate dueDate() {
        return period.plusMonths(1).atDay(DUE_DAY);
    }

    /** Charged this month, with the common-property parts. */
    public BigDecimal charged() {
        return lines.stream().map(l -> l.amount().add(orZero(l.commonAmount()))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal recalculated() {
        return lines.stream().map(l -> orZero(l.recalculated())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The closing balance: positive is a debt, negative an advance. */
    public BigDecimal closing() {
        return opening.add(charged()).add(recalculated()).add(lateFee).subtract(paid);
    }

    /** What the resident is asked to pay: the debt, or nothing when in advance. */
    public BigDecimal totalDue() {
        return closing().signum() > 0 ? closing() : BigDecimal.ZERO.setScale(2);
    }

    public PaymentQrCode qr() {
        return new PaymentQrCode(payee, payer.accountNumber(), payer.lastName(), payer.address(), period, totalDue());
    }

    private static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
