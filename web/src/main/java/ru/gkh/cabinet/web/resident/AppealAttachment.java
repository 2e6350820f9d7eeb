package ru.gkh.cabinet.web.resident;

import jakarta.ejb.EJB;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.appeals.Appeals;
import ru.gkh.cabinet.web.security.CurrentStaff;
import ru.gkh.cabinet.web.security.SignedIn;
import ru.gkh.cabinet.web.staff.ActingOrganization;

/**
 * {@code /cabinet/attachments/{id}} and {@code /staff/attachments/{id}}: a file attached to an appeal, for the resident
 * whose linked account it is about, or for the operators of its organization; anything else is 404. Always sent as a
 * download of its checked type, so that a file can never run as a page of the cabinet.
 */
@WebServlet({"/cabinet/attachments/*", "/staff/attachments/*"})
public class AppealAttachment extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private Appeals appeals;

    @Inject
    Instance<CurrentStaff> staff;

    @Inject
    Instance<ActingOrganization> acting;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Appeals.FileContent file;
        try {
            if (!id.matches("\\d{1,18}")) {
                throw Refusal.notFound("Файл не найден");
            }
            file = request.getServletPath().startsWith("/staff")
                    ? appeals.attachmentForStaff(staff.get().member(), acting.get().code(), Long.parseLong(id))
                    : appeals.attachmentForResident(SignedIn.login(request), Long.parseLong(id));
        } catch (Refusal e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.contentType());
        response.setContentLength(file.content().length);
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8)
                .replace("+", "%20"));
        response.getOutputStream().write(file.content());
    }
}
