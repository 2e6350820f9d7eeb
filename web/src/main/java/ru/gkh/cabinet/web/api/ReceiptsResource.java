package ru.gkh.cabinet.web.api;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import ru.gkh.cabinet.application.receipts.Receipts;
import ru.gkh.cabinet.domain.model.organization.Organization;
import ru.gkh.cabinet.web.security.CurrentStaff;

/** {@code /api/staff/receipts}: one account's receipt of a period, to print at the office. */
@Path("/staff/receipts")
public class ReceiptsResource {

    @Inject
    CurrentStaff staff;

    @EJB
    private Receipts receipts;

    @GET
    @Path("{account}/{period}")
    @Produces("application/pdf")
    @Operation(summary = "One receipt (PDF); 404 when the account or its receipt for the period does not exist")
    public Response receipt(@PathParam("account") String account, @PathParam("period") String period,
                            @QueryParam("organization") String organization) {
        YearMonth month = PeriodParam.parse(period);
        Organization org = receipts.actingFor(staff.member(), organization);
        byte[] pdf = receipts.pdf(org.id(), account, month);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + Receipts.fileName(account, month) + "\"")
                .header("Cache-Control", "private, no-store").build();
    }
}
