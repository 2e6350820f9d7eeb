package ru.gkh.cabinet.application.payments;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.SecurityLog;
import ru.gkh.cabinet.application.StaffMember;
import ru.gkh.cabinet.application.payments.OnlinePaymentBook.OnlinePayment;
import ru.gkh.cabinet.application.payments.OnlinePaymentBook.Result;
import ru.gkh.cabinet.domain.model.payment.OnlinePaymentState;
import ru.gkh.cabinet.infrastructure.payment.PaymentGateways;

/**
 * Paying the bill online: start a payment at the acquirer and send the resident there; learn the outcome from the
 * acquirer's notification, the resident's return, or by asking about payments left undecided. Calls to the acquirer
 * happen outside any transaction (a slow acquirer holds no rows); every change goes through {@link OnlinePaymentBook}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OnlinePayments {

    private static final Logger LOG = Logger.getLogger(OnlinePayments.class.getName());

    /** How the notification endpoint answers the acquirer: taken, refused (never retry), or not checked yet (retry later). */
    public enum Verdict { ACCEPTED, REFUSED, RETRY }

    @Inject
    PaymentGateways gateways;

    @EJB
    private OnlinePaymentBook book;

    @EJB
    private SecurityLog securityLog;

    /** Whether residents can pay online here. */
    public boolean available() {
        return gateways.active().isPresent();
    }

    /**
     * Starts paying {@code amount} for the account and returns the address of the acquirer's page. The same
     * idempotence key (the pay form shown once) never makes a second payment: a repeat returns the first one's page.
     */
    public String start(String login, long accountId, BigDecimal amount, String idempotenceKey) {
        PaymentGateway gateway = gateways.active()
                .orElseThrow(() -> Refusal.conflict("Онлайн-оплата в этом кабинете пока не подключена: оплатите по QR-коду на квитанции"));
        OnlinePayment p = book.open(login, accountId, amount, idempotenceKey, gateway.name());
        if (p.state() == OnlinePaymentState.PENDING && p.confirmationUrl() != null) {
            return p.confirmationUrl();
        }
        if (p.state() != OnlinePaymentState.NEW) {
            throw Refusal.conflict("Этот платёж уже завершён: " + p.state().label());
        }
        PaymentGateway.ProviderPayment created;
        try {
            created = gateway.create(new PaymentGateway.NewPayment(idempotenceKey, p.amount(), "Оплата ЖКУ, лицевой счёт " + p.accountNumber(),
                    URI.create(gateways.returnUrl() + "?id=" + p.id()),
                    Map.of("account_number", p.accountNumber(), "cabinet_payment_id", String.valueOf(p.id()))));
        } catch (PaymentGateway.GatewayUnavailable e) {
            LOG.log(Level.WARNING, "Payment " + p.id() + " not created at " + gateway.name() + ": " + e.getMessage(), e);
            throw Refusal.conflict("Платёжный сервис сейчас недоступен. Попробуйте ещё раз через несколько минут: деньги не списаны");
        }
        book.accepted(p.id(), created);
        if (!created.status().equals("pending")) {
            book.settle(gateway.name(), created, null, "CREATE", null, null);
        }
        if (created.confirmationUrl() == null) {
            throw Refusal.conflict("Платёжный сервис не дал страницу оплаты: платёж " + created.status());
        }
        return created.confirmationUrl();
    }

    /** The resident came back from the acquirer: ask it about the payment (if still undecided) and show where it stands. */
    public OnlinePayment returned(String login, long id, String ip) {
        OnlinePayment p = book.ofResident(login, id);
        if (p.state().open() && p.providerPaymentId() != null) {
            ask(p, "RETURN", ip);
            p = book.ofResident(login, id);
        }
        return p;
    }

    /**
     * A notification from the acquirer ({@code {"type":"notification","event":"payment.succeeded","object":{…}}}).
     * It is believed only as far as the acquirer, asked about the payment it names, bears it out; a notification about
     * a payment the acquirer or the cabinet does not know, or one it contradicts, is refused and logged as forged.
     */
    public Verdict notification(String provider, String body, String ip) {
        Optional<PaymentGateway> gateway = gateways.named(provider);
        if (gateway.isEmpty()) {
            forged(provider, null, null, "уведомление для неподключённого эквайера «" + provider + "»", ip);
            return Verdict.REFUSED;
        }
        String event;
        String id;
        try (JsonReader r = Json.createReader(new StringReader(body == null ? "" : body))) {
            JsonObject n = r.readObject();
            event = n.getString("event");
            id = n.getJsonObject("object").getString("id");
            if (!"notification".equals(n.getString("type", ""))) {
                throw new IllegalArgumentException("type");
            }
        } catch (RuntimeException e) {
            forged(provider, null, null, "не уведомление: нет type=notification, event или object.id", ip);
            return Verdict.REFUSED;
        }
        if (!event.startsWith("payment.")) {
            book.refused(provider, id, "NOTIFICATION", event, "событие не о платеже — не обрабатывается", ip);
            return Verdict.ACCEPTED;
        }
        Optional<PaymentGateway.ProviderPayment> truth;
        try {
            truth = gateway.get().payment(id);
        } catch (PaymentGateway.GatewayUnavailable e) {
            book.refused(provider, id, "NOTIFICATION", event, "не проверено: эквайер не ответил (" + e.getMessage() + "), ждём повтора", ip);
            return Verdict.RETRY;
        }
        if (truth.isEmpty()) {
            forged(provider, id, event, "эквайер не знает платежа " + id + ": уведомление подложное", ip);
            return Verdict.REFUSED;
        }
        Result result = book.settle(provider, truth.get(), event.substring("payment.".length()), "NOTIFICATION", event, ip);
        return switch (result) {
            case APPLIED, REPEAT -> Verdict.ACCEPTED;
            case UNKNOWN -> {
                forged(provider, null, event, "платёж " + id + " не начат в кабинете", ip);
                yield Verdict.REFUSED;
            }
            case MISMATCH, NOT_BORNE_OUT -> {
                securityLog.record(null, provider, ip, SecurityLog.Action.PAYMENT, "REFUSED " + event + " " + id);
                yield Verdict.REFUSED;
            }
        };
    }

    private void forged(String provider, String id, String event, String outcome, String ip) {
        book.refused(provider, id, "NOTIFICATION", event, outcome, ip);
        securityLog.record(null, provider, ip, SecurityLog.Action.PAYMENT, "FORGED " + (id == null ? "" : id));
    }

    /** An accountant asks the acquirer about a payment now. */
    public OnlinePayment check(StaffMember staff, String organizationCode, long id) {
        OnlinePayment p = book.forStaff(staff, organizationCode, id);
        if (p.providerPaymentId() == null) {
            throw Refusal.conflict("Платёж " + id + " не дошёл до эквайера: проверять нечего");
        }
        if (!ask(p, "CHECK", null)) {
            throw Refusal.conflict("Эквайер не ответил: попробуйте позже");
        }
        return book.forStaff(staff, organizationCode, id);
    }

    /**
     * Every five minutes, payments left undecided for more than two minutes (no notification came, the resident did not
     * come back) are asked about, for two days; the acquirer's answer settles them like a notification would.
     */
    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void askAboutUndecided() {
        Instant now = Instant.now();
        for (OnlinePayment p : book.undecided(now.minus(Duration.ofMinutes(2)), now.minus(Duration.ofDays(2)))) {
            ask(p, "CHECK", null);
        }
    }

    /** Asks the acquirer and settles by its answer; false when it could not be asked. */
    private boolean ask(OnlinePayment p, String source, String ip) {
        Optional<PaymentGateway> gateway = gateways.named(p.provider());
        if (gateway.isEmpty()) {
            return false;
        }
        try {
            Optional<PaymentGateway.ProviderPayment> truth = gateway.get().payment(p.providerPaymentId());
            if (truth.isEmpty()) {
                book.refused(p.provider(), p.providerPaymentId(), source, null, "эквайер не знает этого платежа", ip);
                return true;
            }
            book.settle(p.provider(), truth.get(), null, source, null, ip);
            return true;
        } catch (PaymentGateway.GatewayUnavailable e) {
            LOG.log(Level.INFO, "Payment " + p.id() + ": the acquirer did not answer: " + e.getMessage());
            return false;
        }
    }
}
