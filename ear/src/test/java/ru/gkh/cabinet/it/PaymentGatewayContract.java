package ru.gkh.cabinet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.gkh.cabinet.application.payments.PaymentGateway;
import ru.gkh.cabinet.application.payments.PaymentGateway.ProviderPayment;

/**
 * What the cabinet counts on from an acquirer, whichever it is: the same tests run against the YooKassa adapter talking
 * to a stand-in that answers as YooKassa's documentation says, and against the built-in demo acquirer.
 */
abstract class PaymentGatewayContract {

    /** The adapter, configured for the acquirer under test. */
    abstract PaymentGateway gateway();

    /** The same adapter with a wrong secret key. */
    abstract PaymentGateway withWrongSecret();

    /** The payer pays on the acquirer's page. */
    abstract void payerPays(String id) throws Exception;

    /** The payer's bank declines the card. */
    abstract void payerDeclines(String id) throws Exception;

    static PaymentGateway.NewPayment newPayment(String key) {
        return new PaymentGateway.NewPayment(key, new BigDecimal("1921.94"), "Оплата ЖКУ, лицевой счёт 700000001",
                URI.create(StaffApi.BASE + "/cabinet/payment.xhtml?id=7"), Map.of("account_number", "700000001"));
    }

    @Test
    void aNewPaymentWaitsForThePayerOnTheAcquirersPage() throws Exception {
        ProviderPayment made = gateway().create(newPayment(UUID.randomUUID().toString()));
        assertEquals("pending", made.status());
        assertEquals(new BigDecimal("1921.94"), made.amount());
        assertEquals("RUB", made.currency());
        assertTrue(made.confirmationUrl() != null && made.confirmationUrl().matches("https?://.+"), made.confirmationUrl());
        assertNull(made.capturedAt());
        ProviderPayment asked = gateway().payment(made.id()).orElseThrow();
        assertEquals(made.id(), asked.id());
        assertEquals("pending", asked.status());
        assertEquals(new BigDecimal("1921.94"), asked.amount());
        assertEquals("700000001", asked.metadata().get("account_number"));
    }

    @Test
    void theSameIdempotenceKeyReturnsTheFirstPayment() throws Exception {
        String key = UUID.randomUUID().toString();
        ProviderPayment first = gateway().create(newPayment(key));
        assertEquals(first.id(), gateway().create(newPayment(key)).id());
        assertNotEquals(first.id(), gateway().create(newPayment(UUID.randomUUID().toString())).id());
    }

    @Test
    void aPaidPaymentSucceedsWithTheMomentTheMoneyWasTaken() throws Exception {
        ProviderPayment made = gateway().create(newPayment(UUID.randomUUID().toString()));
        payerPays(made.id());
        ProviderPayment paid = gateway().payment(made.id()).orElseThrow();
        assertEquals("succeeded", paid.status());
        assertNotNull(paid.capturedAt());
        assertEquals(new BigDecimal("1921.94"), paid.amount());
    }

    @Test
    void aDeclinedPaymentIsCanceledWithTheReason() throws Exception {
        ProviderPayment made = gateway().create(newPayment(UUID.randomUUID().toString()));
        payerDeclines(made.id());
        ProviderPayment declined = gateway().payment(made.id()).orElseThrow();
        assertEquals("canceled", declined.status());
        assertTrue(declined.cancellationReason().startsWith("payment_network/"), declined.cancellationReason());
        assertNull(declined.capturedAt());
    }

    @Test
    void aPaymentTheAcquirerDoesNotKnowIsNotFound() throws Exception {
        assertTrue(gateway().payment("2d000000-000f-5000-8000-" + System.nanoTime() % 1_000_000_000_000L).isEmpty());
    }

    @Test
    void aWrongSecretKeyIsRefused() {
        PaymentGateway.GatewayUnavailable e = assertThrows(PaymentGateway.GatewayUnavailable.class,
                () -> withWrongSecret().create(newPayment(UUID.randomUUID().toString())));
        assertTrue(e.getMessage().contains("HTTP 401"), e.getMessage());
    }
}
