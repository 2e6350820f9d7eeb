package ru.gkh.cabinet.web.payments;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import ru.gkh.cabinet.infrastructure.payment.DemoAcquirer;
import ru.gkh.cabinet.infrastructure.payment.PaymentGateways;
import ru.gkh.cabinet.web.security.BasicCredentials;

/**
 * The demo acquirer's two faces, on only when it plays the provider ({@code cabinet.payments.provider=demo}; 404
 * otherwise): the API the cabinet calls, as YooKassa's ({@code POST /v3/payments} with Basic and Idempotence-Key,
 * {@code GET /v3/payments/{id}}), and the card page the payer is sent to ({@code /checkout/{id}}).
 */
@Path("/demo-acquirer")
public class DemoAcquirerResource {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @EJB
    private DemoAcquirer acquirer;

    @Inject
    PaymentGateways gateways;

    @Context
    HttpServletRequest request;

    @POST
    @Path("/v3/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    @Operation(summary = "Demo acquirer: create a payment (YooKassa API v3)")
    public Response create(@HeaderParam("Authorization") String authorization, @HeaderParam("Idempotence-Key") String key, String body) {
        Optional<Response> refused = refuse(authorization);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (key == null || key.isBlank() || key.length() > 64) {
            return error(400, "invalid_request", "Idempotence-Key header is required (up to 64 characters)");
        }
        JsonObject o;
        BigDecimal amount;
        String returnUrl;
        try (JsonReader r = Json.createReader(new StringReader(body))) {
            o = r.readObject();
            JsonObject a = o.getJsonObject("amount");
            if (!"RUB".equals(a.getString("currency"))) {
                return error(400, "invalid_request", "Only RUB is accepted");
            }
            amount = new BigDecimal(a.getString("value"));
            returnUrl = o.getJsonObject("confirmation").getString("return_url");
            if (amount.signum() <= 0 || amount.scale() > 2) {
                return error(400, "invalid_request", "amount.value must be a positive sum with at most two decimals");
            }
        } catch (RuntimeException e) {
            return error(400, "invalid_request", "Expected amount{value,currency} and confirmation{type:redirect,return_url}");
        }
        DemoAcquirer.Payment p = acquirer.create(PaymentGateways.DEMO_SHOP, key.strip(), amount, o.getString("description", null),
                o.containsKey("metadata") ? o.getJsonObject("metadata").toString() : null, returnUrl);
        return Response.ok(DemoAcquirer.json(p, checkout(p)).toString()).build();
    }

    @GET
    @Path("/v3/payments/{id}")
    @Produces(JSON)
    @Operation(summary = "Demo acquirer: a payment's state (YooKassa API v3)")
    public Response payment(@HeaderParam("Authorization") String authorization, @PathParam("id") String id) {
        Optional<Response> refused = refuse(authorization);
        if (refused.isPresent()) {
            return refused.get();
        }
        return acquirer.find(id).map(p -> Response.ok(DemoAcquirer.json(p, checkout(p)).toString()).build())
                .orElseGet(() -> error(404, "not_found", "Payment " + id + " not found"));
    }

    /** The card page: what is paid, to whom, and the payer's choices (a demo: the card number is not kept). */
    @GET
    @Path("/checkout/{id}")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Response checkout(@PathParam("id") String id) {
        if (!gateways.demoAcquirer()) {
            return Response.status(404).build();
        }
        return acquirer.find(id).map(p -> Response.ok(DemoCheckoutPage.render(p, request.getContextPath())).build())
                .orElseGet(() -> Response.status(404).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity("Платёж не найден").build());
    }

    /** The payer's choice: pay, decline (the bank refuses the card), or (after paying) cancel as the acquirer would. */
    @POST
    @Path("/checkout/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") String id, @FormParam("action") String action, @FormParam("notify") String notify) {
        if (!gateways.demoAcquirer() || acquirer.find(id).isEmpty()) {
            return Response.status(404).build();
        }
        DemoAcquirer.Notify how;
        try {
            how = DemoAcquirer.Notify.valueOf(notify == null ? "ONCE" : notify);
        } catch (IllegalArgumentException e) {
            how = DemoAcquirer.Notify.ONCE;
        }
        DemoAcquirer.Payment p = switch (action == null ? "" : action) {
            case "pay" -> acquirer.pay(id, how);
            case "decline" -> acquirer.decline(id, how);
            case "cancel" -> acquirer.cancelPaid(id, how);
            default -> null;
        };
        if (p == null) {
            return Response.status(400).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity("Неизвестное действие").build();
        }
        // Back to the shop after paying or declining, as the provider's page does; a cancellation stays on the page.
        URI next = "cancel".equals(action) ? URI.create(request.getContextPath() + "/api/demo-acquirer/checkout/" + id) : URI.create(p.returnUrl());
        return Response.seeOther(next).build();
    }

    private String checkout(DemoAcquirer.Payment p) {
        return gateways.demoCheckoutBase() + "/api/demo-acquirer/checkout/" + p.id();
    }

    /** 404 when the demo acquirer is off; 401 unless the caller is the demo shop (HTTP Basic shop id : secret key). */
    private Optional<Response> refuse(String authorization) {
        if (!gateways.demoAcquirer()) {
            return Optional.of(error(404, "not_found", "The demo acquirer is off"));
        }
        if (!BasicCredentials.of(authorization).map(b -> gateways.demoCredentials(b.user(), b.password())).orElse(false)) {
            return Optional.of(error(401, "invalid_credentials", "Shop id or secret key is wrong"));
        }
        return Optional.empty();
    }

    /** An error as the YooKassa API writes it. */
    private static Response error(int status, String code, String description) {
        return Response.status(status).type(JSON).entity(Json.createObjectBuilder().add("type", "error").add("code", code)
                .add("description", description).build().toString()).build();
    }
}
