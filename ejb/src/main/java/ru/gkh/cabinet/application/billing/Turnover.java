package ru.gkh.cabinet.application.billing;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import javax.sql.DataSource;
import ru.gkh.cabinet.application.Organizations;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.StaffMember;
import ru.gkh.cabinet.domain.model.organization.Organization;

/**
 * The turnover statement of a closed period (оборотно-сальдовая ведомость), exactly as formats.md writes
 * {@code turnover.csv}: header row, LF line ends, {@code .} decimals, rows by account number (as text), then
 * service code. Streamed row by row, so a million accounts need no more memory than one.
 */
@Stateless
public class Turnover {

    public static final String HEADER = "period;account_number;service_code;opening;volume;common_volume;charged;recalculated;paid;closing";

    @Resource(lookup = "jdbc/cabinet")
    private DataSource ds;

    @EJB
    private Organizations organizations;

    /** Checks that the period is closed and returns the organization's id; refuses otherwise. */
    public long closedPeriod(StaffMember staff, String organizationCode, YearMonth month) {
        Organization org = organizations.actingFor(staff, organizationCode);
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT status FROM billing_period WHERE organization_id = ? AND period = ?")) {
            ps.setLong(1, org.id());
            ps.setObject(2, month.atDay(1));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw Refusal.notFound("Расчётного периода " + month + " нет");
                }
                if (!"CLOSED".equals(rs.getString(1))) {
                    throw Refusal.conflict("Период " + month + " ещё не закрыт: ведомость есть только у закрытого периода");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return org.id();
    }

    /** Writes the statement as {@code turnover.csv} (header first). */
    public void write(long organizationId, YearMonth month, Writer out) {
        try {
            out.write(HEADER);
            out.write('\n');
            StringBuilder line = new StringBuilder(160);
            each(organizationId, month, row -> {
                line.setLength(0);
                line.append(String.join(";", row)).append('\n');
                try {
                    out.write(line.toString());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hands each row, as the CSV's text fields, to {@code consumer}, in the statement's order. */
    public void each(long organizationId, YearMonth month, java.util.function.Consumer<String[]> consumer) {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT a.number, x.code, s.opening, s.volume, s.common_volume, s.charged,"
                     + " s.recalculated, s.paid, s.closing FROM account_statement s JOIN personal_account a ON a.id = s.account_id"
                     + " JOIN service x ON x.id = s.service_id WHERE a.organization_id = ? AND s.period = ?"
                     + " ORDER BY CAST(a.number AS CHAR) COLLATE utf8mb4_bin, x.code COLLATE utf8mb4_bin")) {
            ps.setLong(1, organizationId);
            ps.setObject(2, month.atDay(1));
            ps.setFetchSize(1000);
            String period = month.toString();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(new String[] {period, rs.getString(1), rs.getString(2), money(rs.getBigDecimal(3)),
                        volume(rs.getBigDecimal(4)), volume(rs.getBigDecimal(5)), money(rs.getBigDecimal(6)), money(rs.getBigDecimal(7)),
                        money(rs.getBigDecimal(8)), money(rs.getBigDecimal(9))});
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String money(BigDecimal v) {
        return v.setScale(2).toPlainString();
    }

    private static String volume(BigDecimal v) {
        return v == null ? "" : v.setScale(6).toPlainString();
    }
}
