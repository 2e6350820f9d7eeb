package ru.gkh.cabinet.web.api;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import ru.gkh.cabinet.application.Organizations;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.domain.model.organization.Organization;
import ru.gkh.cabinet.domain.model.organization.OrganizationDetails;
import ru.gkh.cabinet.web.security.CurrentStaff;

/** {@code /api/staff/organizations}: the companies the caller serves; ADMIN creates and edits them. */
@Path("/staff/organizations")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class OrganizationsResource {

    @Inject
    CurrentStaff staff;

    @EJB
    private Organizations organizations;

    @GET
    @Operation(summary = "The organizations the user serves")
    public List<OrganizationJson> list() {
        return organizations.visibleTo(staff.member()).stream().map(OrganizationJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates an organization (ADMIN); 409 if the code exists")
    public Response create(OrganizationJson json) {
        if (json == null) {
            throw Refusal.invalid("Нужно тело запроса: JSON организации");
        }
        Organization o = organizations.create(staff.member(), json.code(), json.details());
        return Response.created(URI.create("/api/staff/organizations/" + o.code())).entity(OrganizationJson.of(o)).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes an organization's details (ADMIN)")
    public OrganizationJson update(@PathParam("code") String code, OrganizationJson json) {
        if (json == null) {
            throw Refusal.invalid("Нужно тело запроса: JSON организации");
        }
        return OrganizationJson.of(organizations.update(staff.member(), code, json.details()));
    }

    /** An organization in the API's JSON. */
    public record OrganizationJson(String code, String name, String inn, String kpp, String ogrn, String bankName, String bic,
                                   String correspondentAccount, String settlementAccount, String address, String phone,
                                   String emergencyPhone, String website) {

        static OrganizationJson of(Organization o) {
            OrganizationDetails d = o.details();
            return new OrganizationJson(o.code(), d.name(), d.inn(), d.kpp(), d.ogrn(), d.bankName(), d.bic(),
                    d.correspondentAccount(), d.settlementAccount(), d.address(), d.phone(), d.emergencyPhone(), d.website());
        }

        OrganizationDetails details() {
            return new OrganizationDetails(name, inn, kpp, ogrn, bankName, bic, correspondentAccount, settlementAccount,
                    address, phone, emergencyPhone, website);
        }
    }
}
