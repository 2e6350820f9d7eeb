package ru.gkh.cabinet.web.resident;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.residents.ResidentCabinet;
import ru.gkh.cabinet.web.security.SignedIn;

/**
 * {@code /cabinet/receipts/{accountId}/{yyyy-MM}.pdf}: a receipt for the signed-in resident, only of an account they
 * linked; anything else, another person's account included, is 404.
 */
@WebServlet("/cabinet/receipts/*")
public class ResidentReceipt extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private ResidentCabinet cabinet;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().substring(1).split("/");
        byte[] pdf;
        YearMonth month;
        try {
            if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].endsWith(".pdf")) {
                throw Refusal.notFound("Квитанция не найдена");
            }
            month = YearMonth.parse(parts[1].substring(0, parts[1].length() - 4));
            pdf = cabinet.receiptPdf(SignedIn.login(request), Long.parseLong(parts[0]), month);
        } catch (Refusal | DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + "receipt-" + month + ".pdf" + "\"");
        response.getOutputStream().write(pdf);
    }
}
