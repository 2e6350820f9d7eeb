package ru.gkh.cabinet.infrastructure.payment;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/**
 * The built-in demo acquirer: it plays a YooKassa-style provider for the first run (on only with
 * {@code cabinet.payments.provider=demo}). It keeps its own payments, lets the payer pay or decline on its card page
 * (no card data is kept), cancels a paid payment when asked (as an acquirer does after a chargeback), and notifies the
 * cabinet once, twice, or late — the cases the cabinet must count exactly once.
 */
@Stateless
public class DemoAcquirer {

    private static final Logger LOG = Logger.getLogger(DemoAcquirer.class.getName());
    /** One client for every notification (each client keeps its own threads and connections). */
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** How the demo acquirer tells the cabinet about a decided payment. */
    public enum Notify { ONCE, TWICE, LATE, NONE }

    /** One of its payments. */
    public record Payment(String id, String shopId, BigDecimal amount, String description, String metadata, String returnUrl,
                          String status, String cancellationReason, Instant createdAt, Instant capturedAt) {
    }

    @Resource(lookup = "jdbc/cabinet")
    private DataSource ds;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    PaymentGateways gateways;

    /** How late a "late" notification comes, in seconds. */
    @Inject
    @ConfigProperty(name = "cabinet.payments.demo-acquirer.late-seconds", defaultValue = "30")
    int lateSeconds;

    /** A new payment, or the one made before under the same idempotence key. */
    public Payment create(String shopId, String idempotenceKey, BigDecimal amount, String description, String metadata, String returnUrl) {
        try (Connection c = ds.getConnection()) {
            Sql.update(c, "INSERT IGNORE INTO demo_acquirer_payment (id, shop_id, idempotence_key, amount, description, metadata, return_url)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), shopId, idempotenceKey, amount, description, metadata, returnUrl);
            return one(c, "shop_id = ? AND idempotence_key = ?", shopId, idempotenceKey).orElseThrow();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Payment> find(String id) {
        try (Connection c = ds.getConnection()) {
            return one(c, "id = ?", id);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The payer paid: the money is taken. Only a pending payment; returns it as it stands. */
    public Payment pay(String id, Notify notify) {
        return decide(id, "UPDATE demo_acquirer_payment SET status = 'succeeded', captured_at = CURRENT_TIMESTAMP(3) WHERE id = ? AND status = 'pending'",
                "payment.succeeded", notify);
    }

    /** The bank declined the card. */
    public Payment decline(String id, Notify notify) {
        return decide(id, "UPDATE demo_acquirer_payment SET status = 'canceled', cancellation_reason = 'payment_network/card_declined'"
                + " WHERE id = ? AND status = 'pending'", "payment.canceled", notify);
    }

    /** The acquirer cancels a paid payment (a chargeback): the cabinet must record a reversal. */
    public Payment cancelPaid(String id, Notify notify) {
        return decide(id, "UPDATE demo_acquirer_payment SET status = 'canceled', cancellation_reason = 'yoo_money/fraud_suspected'"
                + " WHERE id = ? AND status = 'succeeded'", "payment.canceled", notify);
    }

    private Payment decide(String id, String update, String event, Notify notify) {
        try (Connection c = ds.getConnection()) {
            boolean changed = Sql.update(c, update, id) == 1;
            Payment p = one(c, "id = ?", id).orElseThrow();
            if (changed) {
                send(p, event, notify);
            }
            return p;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends the notification after the commit (from another thread, as a provider would), as many times as asked. */
    private void send(Payment p, String event, Notify notify) {
        String body = Json.createObjectBuilder().add("type", "notification").add("event", event).add("object", json(p, null)).build().toString();
        switch (notify) {
            case ONCE -> scheduler.schedule(() -> post(body), 1, TimeUnit.SECONDS);
            case TWICE -> {
                scheduler.schedule(() -> post(body), 1, TimeUnit.SECONDS);
                scheduler.schedule(() -> post(body), 2, TimeUnit.SECONDS);
            }
            case LATE -> scheduler.schedule(() -> post(body), lateSeconds, TimeUnit.SECONDS);
            case NONE -> {
            }
        }
    }

    private void post(String body) {
        String url = gateways.demoNotificationUrl();
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
            LOG.fine(() -> "Demo acquirer notification to " + url + ": HTTP " + r.statusCode());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Demo acquirer could not notify " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The payment as the YooKassa API shows it; {@code checkout} is the confirmation page's address (null inside notifications). */
    public static JsonObject json(Payment p, String checkout) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", p.id()).add("status", p.status()).add("paid", p.capturedAt() != null)
                .add("amount", Json.createObjectBuilder().add("value", p.amount().setScale(2).toPlainString()).add("currency", "RUB"))
                .add("created_at", p.createdAt().toString()).add("test", true).add("refundable", false);
        if (p.description() != null) {
            o.add("description", p.description());
        }
        if (p.capturedAt() != null) {
            o.add("captured_at", p.capturedAt().toString());
        }
        if (checkout != null && p.status().equals("pending")) {
            o.add("confirmation", Json.createObjectBuilder().add("type", "redirect").add("confirmation_url", checkout).add("return_url", p.returnUrl()));
        }
        if (p.cancellationReason() != null) {
            String[] why = p.cancellationReason().split("/", 2);
            o.add("cancellation_details", Json.createObjectBuilder().add("party", why[0]).add("reason", why[1]));
        }
        if (p.metadata() != null && !p.metadata().isBlank()) {
            try (JsonReader r = Json.createReader(new StringReader(p.metadata()))) {
                o.add("metadata", r.readObject());
            }
        }
        return o.build();
    }

    private static Optional<Payment> one(Connection c, String where, Object... params) throws SQLException {
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT id, shop_id, amount, description, metadata, return_url, status,"
                + " cancellation_reason, created_at, captured_at FROM demo_acquirer_payment WHERE " + where), params);
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new Payment(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4), rs.getString(5), rs.getString(6),
                    rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant(),
                    rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant()));
        }
    }
}
