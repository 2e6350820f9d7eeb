package ru.gkh.cabinet.infrastructure.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.gkh.cabinet.application.messaging.SmsGateway;

/**
 * Chooses the SMS gateway from the settings: {@code cabinet.sms.url} (with {@code cabinet.sms.api-key} and
 * {@code cabinet.sms.sender}) sends through that provider; without it every SMS is kept in the outbox for staff.
 */
@ApplicationScoped
public class SmsGateways {

    @Inject
    @ConfigProperty(name = "cabinet.sms.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "cabinet.sms.api-key")
    Optional<String> apiKey;

    @Inject
    @ConfigProperty(name = "cabinet.sms.sender")
    Optional<String> sender;

    @Produces
    @ApplicationScoped
    SmsGateway gateway() {
        return url.filter(u -> !u.isBlank())
                .<SmsGateway>map(u -> new SmsRuGateway(URI.create(u.strip()), apiKey.orElse(""), sender.orElse("")))
                .orElseGet(KeptInOutbox::new);
    }

    /** No provider: nothing leaves; staff read the SMS in the outbox. */
    static final class KeptInOutbox implements SmsGateway {

        @Override
        public boolean delivers() {
            return false;
        }

        @Override
        public String send(String phone, String text) throws SmsNotSent {
            throw new SmsNotSent("No SMS gateway is configured (cabinet.sms.url)", true, null);
        }
    }
}
