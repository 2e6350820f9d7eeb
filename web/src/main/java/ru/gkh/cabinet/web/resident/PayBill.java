package ru.gkh.cabinet.web.resident;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.metering.MeterReadings;
import ru.gkh.cabinet.application.payments.OnlinePayments;
import ru.gkh.cabinet.application.residents.ResidentAccount;
import ru.gkh.cabinet.application.residents.ResidentCabinet;
import ru.gkh.cabinet.domain.model.payment.PaymentAmount;
import ru.gkh.cabinet.web.staff.Messages;

/**
 * Оплатить: the amount due today (or a receipt's, from its "Оплатить"), which the resident may change, the readings
 * they may pass with it, then off to the acquirer's page. The form's idempotence key is made once per page shown, so
 * a second click or a retry after the acquirer was down never starts a second payment.
 */
@Named
@ViewScoped
public class PayBill implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentAccount current;

    @EJB
    private OnlinePayments payments;

    @EJB
    private ResidentAccount accounts;

    @EJB
    private ResidentCabinet cabinet;

    @EJB
    private MeterReadings readings;

    private final String idempotenceKey = UUID.randomUUID().toString();
    private String period;
    private String amount;
    /** What the field starts with: the receipt's sum, or the debt today (negative: an overpayment). */
    private BigDecimal due;
    /** The receipt {@link #due} is of, when one was asked for and found. */
    private YearMonth dueMonth;
    private final TypedReadings typed = new TypedReadings();
    private transient MeterReadings.Form form;

    /** The receipt being paid ({@code ?period=2026-10}), or none: the balance today. */
    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public boolean isAvailable() {
        return payments.available();
    }

    /** The amount in the field: what the receipt asks, or the debt today; empty when nothing is owed. */
    public String getAmount() {
        if (amount == null && findDue()) {
            amount = due.signum() > 0 ? due.setScale(2).toPlainString().replace('.', ',') : "";
        }
        return amount;
    }

    /** Under the amount: whose sum the field holds, or that nothing is owed (the field is then empty). */
    public String getAmountHint() {
        String receipt = findDue() && dueMonth != null ? RussianFormat.month(dueMonth) : null;
        if (due != null && due.signum() <= 0) {
            return (receipt == null ? "Задолженности на сегодня нет" : "По квитанции за " + receipt + " платить нечего")
                    + "; можно внести сумму вперёд.";
        }
        return (receipt == null ? "Задолженность на сегодня" : "Сумма по квитанции за " + receipt) + "; можно оплатить больше или меньше.";
    }

    private boolean findDue() {
        if (due == null && current.getId() != null) {
            YearMonth asked = askedReceipt();
            due = asked == null ? null : receiptSum(asked);
            dueMonth = due == null ? null : asked;
            if (due == null) {
                due = accounts.summary(current.login(), current.getId()).balance();
            }
        }
        return due != null;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    /** The receipt's month the address asks for ({@code ?period=2026-10}); null for none or for text that is not a month. */
    private YearMonth askedReceipt() {
        if (period == null || period.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(period.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** What the account's receipt of that month asks; null when it has none. */
    private BigDecimal receiptSum(YearMonth month) {
        return cabinet.receipts(current.login(), current.getId()).stream().filter(r -> r.period().equals(month))
                .map(ResidentCabinet.ReceiptEntry::totalDue).findFirst().orElse(null);
    }

    /** The meters whose readings may be passed with the payment (verification not expired). */
    public List<MeterReadings.MeterRow> getMeters() {
        if (form == null && current.getId() != null) {
            form = readings.form(current.login(), current.getId(), LocalDate.now());
        }
        return form == null ? List.of() : form.meters().stream().filter(m -> !m.expired()).toList();
    }

    public MeterReadings.Form getForm() {
        getMeters();
        return form;
    }

    /** Readings first (a refused one stops the payment, so nothing is half done), then the acquirer's page. */
    public void pay() throws IOException {
        BigDecimal sum;
        try {
            sum = PaymentAmount.parse(amount);
        } catch (IllegalArgumentException e) {
            Messages.fieldError("pay:amount", e.getMessage());
            return;
        }
        boolean withReadings = !typed.typed().isEmpty();
        if (!passReadings()) {
            return;
        }
        try {
            String url = payments.start(current.login(), current.getId(), sum, idempotenceKey);
            FacesContext.getCurrentInstance().getExternalContext().redirect(url);
        } catch (Refusal e) {
            Messages.error(e.getMessage());
            if (withReadings) {
                Messages.info("Показания при этом приняты: передавать их ещё раз не нужно");
            }
        }
    }

    private boolean passReadings() {
        List<MeterReadings.Typed> entered = typed.typed();
        if (entered.isEmpty()) {
            return true;
        }
        try {
            MeterReadings.Outcome o = readings.submit(current.login(), current.getId(), entered, LocalDate.now());
            typed.checked(o);
            if (!o.accepted()) {
                Messages.error(typed.refusedMessage("Показания не приняты, оплата не начата"));
                return false;
            }
            form = null;
            return true;
        } catch (Refusal e) {
            Messages.error(e.getMessage());
            return false;
        }
    }

    /** The readings' fields and the check's word on each. */
    public TypedReadings getTyped() {
        return typed;
    }
}
