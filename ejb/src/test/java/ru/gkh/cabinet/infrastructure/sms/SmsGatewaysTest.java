package ru.gkh.cabinet.infrastructure.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.gkh.cabinet.application.messaging.SmsGateway;

class SmsGatewaysTest {

    private static SmsGateway gatewayFor(String url) {
        SmsGateways g = new SmsGateways();
        g.url = Optional.ofNullable(url);
        g.apiKey = Optional.of("key");
        g.sender = Optional.empty();
        return g.gateway();
    }

    @Test
    void withoutAProviderEverySmsIsKeptInTheOutbox() {
        for (String none : new String[] {null, "", "  "}) {
            SmsGateway g = gatewayFor(none);
            assertFalse(g.delivers());
            SmsGateway.SmsNotSent e = assertThrows(SmsGateway.SmsNotSent.class, () -> g.send("+79131234567", "Код"));
            assertEquals("No SMS gateway is configured (cabinet.sms.url)", e.getMessage());
        }
    }

    @Test
    void aProviderUrlSendsThroughTheHttpApi() {
        SmsGateway g = gatewayFor("http://127.0.0.1:1/sms/send");
        assertTrue(g instanceof SmsRuGateway);
        assertTrue(g.delivers());
        // Nothing listens on port 1: the provider counts as down, so the dispatcher waits and tries again.
        SmsGateway.SmsNotSent e = assertThrows(SmsGateway.SmsNotSent.class, () -> g.send("+79131234567", "Код"));
        assertTrue(e.providerDown());
        assertEquals("SMS provider unreachable: 127.0.0.1", e.getMessage());
    }
}
