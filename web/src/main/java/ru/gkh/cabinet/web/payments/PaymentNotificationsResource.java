package ru.gkh.cabinet.web.payments;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import ru.gkh.cabinet.application.payments.OnlinePayments;
import ru.gkh.cabinet.web.security.ClientAddress;

/**
 * {@code POST /api/payments/{provider}/notifications}: where the acquirer tells the cabinet about a payment (the URL
 * set in the acquirer's shop settings, e.g. YooKassa's HTTP notifications). Open to anyone, as acquirers call without
 * credentials: nothing in the body is believed until the acquirer, asked, bears it out. 200 when taken (also a
 * repeat), 400 when refused (forged, unknown, contradicted; logged), 503 when the acquirer could not be asked — the
 * acquirer sends the notification again later.
 */
@Path("/payments/{provider}/notifications")
public class PaymentNotificationsResource {

    @EJB
    private OnlinePayments payments;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "An acquirer's notification about a payment (checked with the acquirer before it counts)")
    public Response notify(@PathParam("provider") String provider, String body) {
        OnlinePayments.Verdict verdict = payments.notification(provider, body, ClientAddress.of(request));
        int status = switch (verdict) {
            case ACCEPTED -> 200;
            case REFUSED -> 400;
            case RETRY -> 503;
        };
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity("{\"outcome\":\"" + verdict.name().toLowerCase() + "\"}").build();
    }
}
