package ru.gkh.cabinet.web.api;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.StaffMember;
import ru.gkh.cabinet.web.security.CurrentStaff;
import ru.gkh.cabinet.batch.jobs.JobState;
import ru.gkh.cabinet.batch.jobs.Jobs;

/** {@code /api/staff/jobs/{id}}: any batch job execution's state. */
@Path("/staff/jobs")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class JobsResource {

    @Inject
    CurrentStaff staff;

    @EJB
    private Jobs jobs;

    @GET
    @Path("{id}")
    @Operation(summary = "A job execution's state")
    public JobState get(@PathParam("id") String id) {
        long execution;
        try {
            execution = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw Refusal.notFound("Задание «" + id + "» не найдено");
        }
        // Staff of one organization see its jobs only; any other answers "not found", as an unknown one does.
        StaffMember member = staff.member();
        if (!member.servesAll() && !member.organizationId().equals(jobs.organizationOf(execution))) {
            throw Refusal.notFound("Задание «" + id + "» не найдено");
        }
        return jobs.state(execution);
    }
}
