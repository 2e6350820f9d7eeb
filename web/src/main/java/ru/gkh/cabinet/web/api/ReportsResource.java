package ru.gkh.cabinet.web.api;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import ru.gkh.cabinet.application.billing.Turnover;
import ru.gkh.cabinet.web.security.CurrentStaff;

/** {@code /api/staff/reports}: the turnover statement of a closed period, as formats.md's {@code turnover.csv}. */
@Path("/staff/reports")
public class ReportsResource {

    @Inject
    CurrentStaff staff;

    @EJB
    private Turnover turnover;

    @GET
    @Path("turnover/{period}")
    @Produces("text/csv;charset=UTF-8;qs=1")
    @Operation(summary = "The turnover statement of a closed period (turnover.csv)")
    public Response turnover(@PathParam("period") String period, @QueryParam("organization") String organization,
                             @QueryParam("format") String format) {
        if ("xlsx".equals(format)) {
            // For a plain link on a page, which cannot set the Accept header.
            return turnoverXlsx(period, organization);
        }
        YearMonth month = PeriodParam.parse(period);
        long org = turnover.closedPeriod(staff.member(), organization, month);
        StreamingOutput body = out -> turnover.write(org, month, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"turnover-" + month + ".csv\"").build();
    }

    @GET
    @Path("turnover/{period}")
    @Produces(TurnoverWorkbook.XLSX + ";qs=0.5")  // CSV stays the default for Accept: */*
    @Operation(summary = "The same statement as a spreadsheet (Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)")
    public Response turnoverXlsx(@PathParam("period") String period, @QueryParam("organization") String organization) {
        YearMonth month = PeriodParam.parse(period);
        long org = turnover.closedPeriod(staff.member(), organization, month);
        StreamingOutput body = out -> TurnoverWorkbook.write(turnover, org, month, out);
        return Response.ok(body, TurnoverWorkbook.XLSX)
                .header("Content-Disposition", "attachment; filename=\"turnover-" + month + ".xlsx\"").build();
    }
}
