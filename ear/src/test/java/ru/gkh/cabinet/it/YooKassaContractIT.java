package ru.gkh.cabinet.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.gkh.cabinet.application.payments.PaymentGateway;
import ru.gkh.cabinet.infrastructure.payment.YooKassaGateway;

/**
 * The acquirer contract against the YooKassa adapter, talking to a stand-in that answers as YooKassa's API v3
 * documentation says: HTTP Basic with the shop id and secret key (401 otherwise), {@code POST /v3/payments} with an
 * Idempotence-Key (the same key, the same payment), {@code GET /v3/payments/{id}} (404 for a payment it never made).
 */
class YooKassaContractIT extends PaymentGatewayContract {

    private static final String SHOP = "506751";
    private static final String SECRET = "test_Fh8hUAVVBGUGbjmlzba6TB0iyUbos_lueTHE-axOwM0";
    private static final String CHECKOUT = "https://yoomoney.ru/checkout/payments/v2/contract?orderId=";
    private static WireMockServer yookassa;

    @BeforeAll
    static void standIn() {
        yookassa = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        yookassa.start();
        BasicCredentials shop = new BasicCredentials(SHOP, SECRET);
        yookassa.stubFor(any(urlPathMatching("/v3/.*")).atPriority(10).willReturn(error(401, "invalid_credentials",
                "Error in shopId or secret key. Check their validity.")));
        yookassa.stubFor(get(urlPathMatching("/v3/payments/.+")).atPriority(9).withBasicAuth(shop.username, shop.password)
                .willReturn(error(404, "not_found", "Incorrect payment_id. Payment doesn't exist or access denied.")));
        // A new payment: its id is the request's key, so a repeated key answers with the payment made the first time.
        yookassa.stubFor(post(urlPathEqualTo("/v3/payments")).atPriority(5).withBasicAuth(shop.username, shop.password)
                .withHeader("Idempotence-Key", matching(".{1,64}"))
                .withRequestBody(matchingJsonPath("$.amount.value", matching("\\d+\\.\\d{2}")))
                .withRequestBody(matchingJsonPath("$.amount.currency", equalTo("RUB")))
                .withRequestBody(matchingJsonPath("$.confirmation.type", equalTo("redirect")))
                .withRequestBody(matchingJsonPath("$.confirmation.return_url"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withTransformers("response-template")
                        .withBody("{\"id\":\"{{request.headers.Idempotence-Key}}\",\"status\":\"pending\",\"paid\":false,"
                                + "\"amount\":{\"value\":\"{{jsonPath request.body '$.amount.value'}}\",\"currency\":\"RUB\"},"
                                + "\"confirmation\":{\"type\":\"redirect\",\"confirmation_url\":\"" + CHECKOUT + "{{request.headers.Idempotence-Key}}\"},"
                                + "\"created_at\":\"2026-11-22T10:00:00.000Z\",\"description\":\"{{jsonPath request.body '$.description'}}\","
                                + "\"metadata\":{\"account_number\":\"{{jsonPath request.body '$.metadata.account_number'}}\"},"
                                + "\"recipient\":{\"account_id\":\"" + SHOP + "\",\"gateway_id\":\"100700\"},\"refundable\":false,\"test\":true}")));
        // From then on the acquirer knows the payment: it is pending until the payer decides.
        yookassa.addMockServiceRequestListener((request, response) -> {
            if (request.getMethod().getName().equals("POST") && response.getStatus() == 200) {
                JsonObject made = Json.createReader(new StringReader(response.getBodyAsString())).readObject();
                answer(made.getString("id"), 5, made);
            }
        });
    }

    @AfterAll
    static void stop() {
        yookassa.stop();
    }

    @Override
    PaymentGateway gateway() {
        return new YooKassaGateway("yookassa", URI.create(yookassa.baseUrl() + "/v3"), SHOP, SECRET);
    }

    @Override
    PaymentGateway withWrongSecret() {
        return new YooKassaGateway("yookassa", URI.create(yookassa.baseUrl() + "/v3"), SHOP, "test_wrong");
    }

    @Override
    void payerPays(String id) {
        answer(id, 1, Json.createObjectBuilder(payment(id)).add("status", "succeeded").add("paid", true)
                .add("captured_at", Instant.now().toString()).remove("confirmation").build());
    }

    @Override
    void payerDeclines(String id) {
        answer(id, 1, Json.createObjectBuilder(payment(id)).add("status", "canceled").remove("confirmation")
                .add("cancellation_details", Json.createObjectBuilder().add("party", "payment_network").add("reason", "card_expired")).build());
    }

    /** What the adapter sends is what YooKassa asks for: auth, key, capture, amount, redirect with return, description, metadata. */
    @Test
    void theAdapterAsksAsTheApiSays() throws Exception {
        String key = UUID.randomUUID().toString();
        gateway().create(newPayment(key));
        yookassa.verify(1, postRequestedFor(urlPathEqualTo("/v3/payments")).withBasicAuth(new BasicCredentials(SHOP, SECRET))
                .withHeader("Idempotence-Key", equalTo(key))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(matchingJsonPath("$.capture", equalTo("true")))
                .withRequestBody(matchingJsonPath("$.amount.value", equalTo("1921.94")))
                .withRequestBody(matchingJsonPath("$.confirmation.return_url", equalTo(StaffApi.BASE + "/cabinet/payment.xhtml?id=7")))
                .withRequestBody(matchingJsonPath("$.description", equalTo("Оплата ЖКУ, лицевой счёт 700000001")))
                .withRequestBody(matchingJsonPath("$.metadata.account_number", equalTo("700000001"))));
    }

    private static JsonObject payment(String id) {
        String body = gatewayAnswer(id);
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static String gatewayAnswer(String id) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(URI.create(yookassa.baseUrl() + "/v3/payments/" + id))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((SHOP + ":" + SECRET).getBytes()))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(String id, int priority, JsonObject payment) {
        yookassa.stubFor(get(urlPathEqualTo("/v3/payments/" + id)).atPriority(priority).withBasicAuth(SHOP, SECRET)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(payment.toString())));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int status, String code, String description) {
        JsonObjectBuilder e = Json.createObjectBuilder().add("type", "error").add("id", UUID.randomUUID().toString()).add("code", code)
                .add("description", description);
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(e.build().toString());
    }
}
