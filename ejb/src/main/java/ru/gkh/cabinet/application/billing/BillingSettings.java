package ru.gkh.cabinet.application.billing;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import ru.gkh.cabinet.application.Organizations;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.StaffMember;
import ru.gkh.cabinet.domain.model.identity.Role;
import ru.gkh.cabinet.domain.model.organization.Organization;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/** What accountants keep by hand: the late-fee rate table and the window in which residents submit readings. */
@Stateless
public class BillingSettings {

    @Resource(lookup = "jdbc/cabinet")
    private DataSource ds;

    @EJB
    private Organizations organizations;

    /** A rate of the table: from which day, percent a year. */
    public record KeyRate(LocalDate validFrom, BigDecimal rate) {
    }

    /** Residents submit readings from day {@code from} to day {@code to} of the month. */
    public record ReadingWindow(int from, int to) {
    }

    public List<KeyRate> keyRates(StaffMember staff, String organizationCode) {
        Organization org = organizations.actingFor(staff, organizationCode);
        List<KeyRate> rates = new ArrayList<>();
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT valid_from, rate FROM key_rate WHERE organization_id = ? ORDER BY valid_from DESC")) {
            ps.setLong(1, org.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rates.add(new KeyRate(Sql.date(rs, 1), rs.getBigDecimal(2).stripTrailingZeros()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rates;
    }

    /**
     * Sets the rate from a day on (replacing the one of that day). A day inside a closed period is refused: the
     * fees of a closed period never change.
     */
    public void setKeyRate(StaffMember staff, String organizationCode, LocalDate validFrom, BigDecimal rate) {
        requireAccountant(staff);
        if (validFrom == null) {
            throw Refusal.invalid("Дата начала действия ставки: обязательное поле");
        }
        if (rate == null || rate.signum() <= 0 || rate.compareTo(BigDecimal.valueOf(100)) >= 0 || rate.scale() > 4) {
            throw Refusal.invalid("Ставка: процент годовых больше 0 и меньше 100, не больше 4 знаков после запятой");
        }
        Organization org = organizations.actingFor(staff, organizationCode);
        try (Connection c = ds.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT MAX(LAST_DAY(period)) FROM billing_period WHERE organization_id = ? AND status <> 'OPEN'")) {
                ps.setLong(1, org.id());
                try (ResultSet rs = ps.executeQuery()) {
                    LocalDate closed = rs.next() ? Sql.date(rs, 1) : null;
                    if (closed != null && !validFrom.isAfter(closed)) {
                        throw Refusal.conflict("Период по " + closed + " уже закрыт (или закрывается): ставка может"
                                + " начинать действовать только после него");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO key_rate (organization_id, valid_from, rate) VALUES (?,?,?)"
                    + " ON DUPLICATE KEY UPDATE rate = VALUES(rate)")) {
                ps.setLong(1, org.id());
                ps.setObject(2, validFrom);
                ps.setBigDecimal(3, rate);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public ReadingWindow readingWindow(StaffMember staff, String organizationCode) {
        Organization org = organizations.actingFor(staff, organizationCode);
        return new ReadingWindow(org.readingWindowFrom(), org.readingWindowTo());
    }

    public void setReadingWindow(StaffMember staff, String organizationCode, int from, int to) {
        requireAccountant(staff);
        if (from < 1 || to > 31 || from > to) {
            throw Refusal.invalid("Окно приёма показаний: дни месяца с 1 по 31, начало не позже конца");
        }
        Organization org = organizations.actingFor(staff, organizationCode);
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE organization SET reading_window_from = ?, reading_window_to = ? WHERE id = ?")) {
            ps.setInt(1, from);
            ps.setInt(2, to);
            ps.setLong(3, org.id());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireAccountant(StaffMember staff) {
        if (!staff.has(Role.ACCOUNTANT) && !staff.has(Role.ADMIN)) {
            throw Refusal.forbidden("Настройки расчёта меняет бухгалтер или администратор");
        }
    }
}
