package ru.gkh.cabinet.web.api;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import ru.gkh.cabinet.application.StaffDirectory;
import ru.gkh.cabinet.domain.model.identity.ApiToken;
import ru.gkh.cabinet.web.security.CurrentStaff;

/** {@code /api/staff/tokens}: the caller's personal API tokens (the same as on the profile page). */
@Path("/staff/tokens")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class TokensResource {

    @Inject
    CurrentStaff staff;

    @EJB
    private StaffDirectory directory;

    @GET
    @Operation(summary = "The caller's active tokens (without their secrets)")
    public List<TokenJson> list() {
        return directory.tokensOf(staff.member()).stream().map(t -> new TokenJson(t.id(), t.name(), t.createdAt(), null)).toList();
    }

    @POST
    @Operation(summary = "Makes a token; its secret is in this answer only")
    public Response create(@QueryParam("name") String name) {
        ApiToken.Issued issued = directory.issueToken(staff.member(), name);
        return Response.status(201).entity(new TokenJson(issued.token().id(), issued.token().name(), LocalDateTime.now(), issued.secret())).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revokes a token")
    public Response revoke(@PathParam("id") long id) {
        directory.revokeToken(staff.member(), id);
        return Response.noContent().build();
    }

    /** A token; {@code token} is the secret, given once. */
    public record TokenJson(Long id, String name, LocalDateTime createdAt, String token) {
    }
}
