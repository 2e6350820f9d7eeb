package ru.gkh.cabinet.web.api;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.importing.BillingImports;
import ru.gkh.cabinet.application.importing.ImportReport;
import ru.gkh.cabinet.batch.importing.ImportLauncher;
import ru.gkh.cabinet.domain.model.importing.ImportProblem;
import ru.gkh.cabinet.web.security.CurrentStaff;

/** {@code /api/staff/imports}: start an import of a billing-data file, and read its state and rejected rows. */
@Path("/staff/imports")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ImportsResource {

    @Inject
    CurrentStaff staff;

    @EJB
    private ImportLauncher launcher;

    @EJB
    private BillingImports imports;

    @POST
    @Path("{type}")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, MediaType.WILDCARD})
    @Operation(summary = "Starts an import; the body is the file (formats.md)")
    public Response start(@PathParam("type") String type, @QueryParam("organization") String organization,
                          @QueryParam("fileName") String fileName, @HeaderParam("Content-Length") Long length, InputStream body) {
        if (length != null && length > launcher.maxBytes()) {
            throw new Refusal(Refusal.Kind.TOO_LARGE, "Файл больше допустимых " + (launcher.maxBytes() / (1024 * 1024)) + " МБ");
        }
        String id = launcher.start(staff.member(), organization, type, fileName, body);
        return Response.accepted(Map.of("id", id)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "The import's state and its rejected rows")
    public ImportJson get(@PathParam("id") String id) {
        return ImportJson.of(imports.report(staff.member(), id));
    }

    @POST
    @Path("{id}/restart")
    @Operation(summary = "Restarts an interrupted import from its last checkpoint")
    public Response restart(@PathParam("id") String id) {
        launcher.restart(staff.member(), id);
        return Response.accepted(Map.of("id", id)).build();
    }

    /** An import in the API's JSON (api.md). */
    public record ImportJson(String id, String type, String status, int rowsRead, int rowsApplied, int rowsRejected,
                             Long jobId, String message, List<ErrorJson> errors) {

        static ImportJson of(ImportReport r) {
            return new ImportJson(r.id(), r.type(), r.status(), r.rowsRead(), r.rowsApplied(), r.rowsRejected(), r.jobExecutionId(),
                    r.message(), r.errors().stream().map(ErrorJson::of).toList());
        }
    }

    /** A rejected row: line, column, reason; warnings do not block the import. */
    public record ErrorJson(int line, String column, String message, boolean warning) {

        static ErrorJson of(ImportProblem p) {
            return new ErrorJson(p.line(), p.column(), p.message(), p.warning());
        }
    }
}
