package ru.gkh.cabinet.infrastructure.payment;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.gkh.cabinet.application.payments.PaymentGateway;

/**
 * The acquirer residents pay through, from the settings an administrator keeps in the Payara console:
 * {@code cabinet.payments.provider} = {@code yookassa} (with {@code cabinet.payments.yookassa.shop-id},
 * {@code .secret-key} and optionally {@code .api-url}) or {@code demo} (the built-in demo acquirer, for the first run
 * only); without it the cabinet takes no online payments. {@code cabinet.payments.return-url} is where the acquirer
 * sends the resident back (by default the cabinet's payment page under {@code cabinet.public-url}).
 */
@ApplicationScoped
public class PaymentGateways {

    /** The demo acquirer's shop id; its secret key is {@code cabinet.payments.demo-acquirer.secret-key}. */
    public static final String DEMO_SHOP = "demo-shop";

    @Inject
    @ConfigProperty(name = "cabinet.payments.provider")
    Optional<String> provider;

    @Inject
    @ConfigProperty(name = "cabinet.payments.yookassa.api-url", defaultValue = "https://api.yookassa.ru/v3")
    String yookassaUrl;

    @Inject
    @ConfigProperty(name = "cabinet.payments.yookassa.shop-id")
    Optional<String> shopId;

    @Inject
    @ConfigProperty(name = "cabinet.payments.yookassa.secret-key")
    Optional<String> secretKey;

    @Inject
    @ConfigProperty(name = "cabinet.payments.demo-acquirer.secret-key", defaultValue = "demo-secret")
    String demoSecret;

    @Inject
    @ConfigProperty(name = "cabinet.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "cabinet.payments.return-url")
    Optional<String> returnUrl;

    private PaymentGateway active;

    @PostConstruct
    void choose() {
        String chosen = provider.map(String::strip).orElse("");
        if (chosen.equals("yookassa") && shopId.isPresent() && secretKey.isPresent()) {
            active = new YooKassaGateway("yookassa", URI.create(yookassaUrl.strip()), shopId.get().strip(), secretKey.get().strip());
        } else if (chosen.equals("demo")) {
            active = new YooKassaGateway("demo", URI.create(base() + "/api/demo-acquirer/v3"), DEMO_SHOP, demoSecret);
        } else if (!chosen.isEmpty()) {
            // A misspelt provider or a missing key would otherwise just hide online payment: say so in the server log.
            java.util.logging.Logger.getLogger(PaymentGateways.class.getName()).warning("cabinet.payments.provider=" + chosen
                    + " is not usable (yookassa needs cabinet.payments.yookassa.shop-id and .secret-key): online payment is off");
        }
    }

    /** The acquirer new payments go to; empty when online payment is off. */
    public Optional<PaymentGateway> active() {
        return Optional.ofNullable(active);
    }

    /** The acquirer of that name, if it is the one configured (payments of a provider switched off are not checked). */
    public Optional<PaymentGateway> named(String name) {
        return active().filter(g -> g.name().equals(name));
    }

    /** Whether the built-in demo acquirer plays the provider (its pages and API answer only then). */
    public boolean demoAcquirer() {
        return active != null && active.name().equals("demo");
    }

    public boolean demoCredentials(String shop, String secret) {
        return demoAcquirer() && DEMO_SHOP.equals(shop) && demoSecret.equals(secret);
    }

    /** Where the acquirer sends the resident back; the payment's number is added as {@code ?id=}. */
    public String returnUrl() {
        return returnUrl.map(String::strip).filter(u -> !u.isEmpty()).orElse(base() + "/cabinet/payment.xhtml");
    }

    /** Where the demo acquirer sends its notifications: the cabinet's own notification endpoint. */
    public String demoNotificationUrl() {
        return base() + "/api/payments/demo/notifications";
    }

    /** The address the demo acquirer's card page is reached at (the cabinet's public address). */
    public String demoCheckoutBase() {
        return base();
    }

    private String base() {
        return publicUrl.strip().replaceAll("/+$", "");
    }
}
