package ru.gkh.cabinet.application.payments;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * An acquirer, as the cabinet needs it: create a payment the resident confirms on the acquirer's page, and tell a
 * payment's state when asked. Notifications are never trusted by themselves: the cabinet asks {@link #payment} about
 * the payment a notification names and goes by the answer.
 */
public interface PaymentGateway {

    /** The name the payments are kept under ({@code online_payment.provider}). */
    String name();

    /**
     * Creates a payment at the acquirer. The same {@code idempotenceKey} returns the payment made the first time.
     *
     * @throws GatewayUnavailable when the acquirer cannot be reached or refuses the request
     */
    ProviderPayment create(NewPayment payment) throws GatewayUnavailable;

    /** The payment as the acquirer keeps it; empty when it has none by that id. */
    Optional<ProviderPayment> payment(String providerPaymentId) throws GatewayUnavailable;

    /** What is asked of the acquirer: the amount in roubles, the page to come back to, the key of this request. */
    record NewPayment(String idempotenceKey, BigDecimal amount, String description, URI returnUrl, Map<String, String> metadata) {
    }

    /**
     * A payment at the acquirer: {@code status} is the acquirer's word (pending, waiting_for_capture, succeeded,
     * canceled); {@code confirmationUrl} is where the payer confirms it; {@code capturedAt} when the money was taken.
     */
    record ProviderPayment(String id, String status, BigDecimal amount, String currency, String confirmationUrl, Instant capturedAt,
                           String cancellationReason, Map<String, String> metadata) {
    }

    /** The acquirer cannot be reached, or refused: nothing is known about the payment from this call. */
    final class GatewayUnavailable extends Exception {

        private static final long serialVersionUID = 1L;

        public GatewayUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
