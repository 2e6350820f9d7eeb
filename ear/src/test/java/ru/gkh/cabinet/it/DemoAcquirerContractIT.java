package ru.gkh.cabinet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.gkh.cabinet.application.payments.PaymentGateway;
import ru.gkh.cabinet.infrastructure.payment.YooKassaGateway;

/** The acquirer contract against the built-in demo acquirer, as the cabinet reaches it (the test domain runs it). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoAcquirerContractIT extends PaymentGatewayContract {

    private static final URI API = URI.create(StaffApi.BASE + "/api/demo-acquirer/v3");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.cabinet();
    }

    @Override
    PaymentGateway gateway() {
        return new YooKassaGateway("demo", API, "demo-shop", "demo-secret");
    }

    @Override
    PaymentGateway withWrongSecret() {
        return new YooKassaGateway("demo", API, "demo-shop", "not-the-secret");
    }

    @Override
    void payerPays(String id) throws Exception {
        assertEquals(303, checkout(id, "pay"));
    }

    @Override
    void payerDeclines(String id) throws Exception {
        assertEquals(303, checkout(id, "decline"));
    }

    /** The card page's form, as the payer's browser posts it (no notification: these payments are not the cabinet's). */
    static int checkout(String id, String action) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(StaffApi.BASE + "/api/demo-acquirer/checkout/" + id))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("card=4111111111111111&notify=NONE&action=" + action)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
