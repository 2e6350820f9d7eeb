package ru.gkh.cabinet.web.api;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import ru.gkh.cabinet.application.billing.BillingPeriods;
import ru.gkh.cabinet.batch.closing.PeriodCloseLauncher;
import ru.gkh.cabinet.batch.receipts.ReceiptsLauncher;
import ru.gkh.cabinet.domain.model.billing.BillingPeriod;
import ru.gkh.cabinet.web.security.CurrentStaff;

/** {@code /api/staff/periods}: the organization's billing periods, and opening the first one. */
@Path("/staff/periods")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class PeriodsResource {

    @Inject
    CurrentStaff staff;

    @EJB
    private BillingPeriods periods;

    @EJB
    private PeriodCloseLauncher launcher;

    @EJB
    private ReceiptsLauncher receiptsLauncher;

    @GET
    @Operation(summary = "Periods and their state, newest first")
    public List<PeriodJson> list(@QueryParam("organization") String organization) {
        return periods.of(staff.member(), organization).stream().map(PeriodJson::of).toList();
    }

    @POST
    @Path("{period}/open")
    @Operation(summary = "Opens the organization's first period; 409 if it has one, or if opening balances are not all before it")
    public Response open(@PathParam("period") String period, @QueryParam("organization") String organization) {
        return Response.status(201).entity(PeriodJson.of(periods.openFirst(staff.member(), organization, PeriodParam.parse(period)))).build();
    }

    @POST
    @Path("{period}/close")
    @Operation(summary = "Starts the period close; 202 with the job's id, 409 if the period is not the open one")
    public Response close(@PathParam("period") String period, @QueryParam("organization") String organization) {
        long execution = launcher.start(staff.member(), organization, PeriodParam.parse(period));
        return Response.accepted(Map.of("id", String.valueOf(execution))).build();
    }

    @POST
    @Path("{period}/receipts")
    @Operation(summary = "Starts receipt generation for a closed period (or one account of it: ?account=<number>); 202 with the job's id,"
            + " 409 if the period is not closed, its receipts are being made, or the payee's bank details are incomplete")
    public Response receipts(@PathParam("period") String period, @QueryParam("organization") String organization,
                             @QueryParam("account") String account) {
        long execution = receiptsLauncher.start(staff.member(), organization, PeriodParam.parse(period), account);
        return Response.accepted(Map.of("id", String.valueOf(execution))).build();
    }

    /** A period in the API's JSON: {@code {"period":"2026-10","status":"OPEN"}}. */
    public record PeriodJson(String period, String status) {

        static PeriodJson of(BillingPeriod p) {
            return new PeriodJson(p.month().toString(), p.status().name());
        }
    }
}
