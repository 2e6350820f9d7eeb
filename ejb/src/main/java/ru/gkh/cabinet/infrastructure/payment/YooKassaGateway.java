package ru.gkh.cabinet.infrastructure.payment;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import ru.gkh.cabinet.application.payments.PaymentGateway;

/**
 * The YooKassa REST API v3 (yookassa.ru/developers): {@code POST /payments} with HTTP Basic (shop id : secret key), an
 * {@code Idempotence-Key} header and {@code capture: true} with a redirect confirmation; {@code GET /payments/{id}}
 * for the state of a payment, asked about every notification before it is believed. Amounts are strings in roubles
 * ({@code "1234.50"}, currency RUB). The built-in demo acquirer speaks the same API, so this adapter serves both.
 */
public final class YooKassaGateway implements PaymentGateway {

    private final String name;
    private final URI api;
    private final String authorization;
    private final HttpClient http;

    /** @param api the API root, e.g. {@code https://api.yookassa.ru/v3} */
    public YooKassaGateway(String name, URI api, String shopId, String secretKey) {
        this.name = name;
        this.api = URI.create(api.toString().replaceAll("/+$", "") + "/");
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((shopId + ":" + secretKey).getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ProviderPayment create(NewPayment payment) throws GatewayUnavailable {
        JsonObjectBuilder metadata = Json.createObjectBuilder();
        payment.metadata().forEach(metadata::add);
        String body = Json.createObjectBuilder()
                .add("amount", Json.createObjectBuilder().add("value", payment.amount().setScale(2).toPlainString()).add("currency", "RUB"))
                .add("capture", true)
                .add("confirmation", Json.createObjectBuilder().add("type", "redirect").add("return_url", payment.returnUrl().toString()))
                .add("description", payment.description())
                .add("metadata", metadata)
                .build().toString();
        HttpResponse<String> response = send(HttpRequest.newBuilder(api.resolve("payments"))
                .header("Idempotence-Key", payment.idempotenceKey()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        if (response.statusCode() != 200) {
            throw new GatewayUnavailable("The acquirer refused to create the payment: HTTP " + response.statusCode() + " " + describe(response.body()), null);
        }
        return read(response.body());
    }

    @Override
    public Optional<ProviderPayment> payment(String providerPaymentId) throws GatewayUnavailable {
        HttpResponse<String> response = send(HttpRequest.newBuilder(api.resolve("payments/" + URLEncoder.encode(providerPaymentId, StandardCharsets.UTF_8))).GET());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new GatewayUnavailable("The acquirer did not tell the payment's state: HTTP " + response.statusCode() + " " + describe(response.body()), null);
        }
        return Optional.of(read(response.body()));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws GatewayUnavailable {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).header("Authorization", authorization).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new GatewayUnavailable("The acquirer is unreachable: " + api.getHost(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayUnavailable("Interrupted while asking the acquirer", e);
        }
    }

    /** A payment object of the API. */
    static ProviderPayment read(String json) throws GatewayUnavailable {
        JsonObject o;
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            o = r.readObject();
        } catch (RuntimeException e) {
            throw new GatewayUnavailable("The acquirer answered something other than a JSON object", e);
        }
        return payment(o);
    }

    /** A payment object of the API, also as it comes inside a notification. */
    public static ProviderPayment payment(JsonObject o) throws GatewayUnavailable {
        try {
            JsonObject amount = o.getJsonObject("amount");
            JsonObject confirmation = o.getJsonObject("confirmation");
            JsonObject cancellation = o.getJsonObject("cancellation_details");
            Map<String, String> metadata = new LinkedHashMap<>();
            JsonObject m = o.getJsonObject("metadata");
            if (m != null) {
                m.forEach((k, v) -> metadata.put(k, v instanceof JsonString s ? s.getString() : v.toString()));
            }
            return new ProviderPayment(o.getString("id"), o.getString("status"), new BigDecimal(amount.getString("value")),
                    amount.getString("currency"), confirmation == null ? null : confirmation.getString("confirmation_url", null),
                    o.containsKey("captured_at") && o.get("captured_at") != JsonValue.NULL ? Instant.parse(o.getString("captured_at")) : null,
                    cancellation == null ? null : cancellation.getString("party", "") + "/" + cancellation.getString("reason", ""),
                    metadata);
        } catch (RuntimeException e) {
            throw new GatewayUnavailable("The acquirer's payment object lacks a field or has a wrong one: " + e.getMessage(), e);
        }
    }

    private static String describe(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) : body;
    }
}
