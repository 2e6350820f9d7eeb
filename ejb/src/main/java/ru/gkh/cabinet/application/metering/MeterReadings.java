package ru.gkh.cabinet.application.metering;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.residents.CheckedLinks;
import ru.gkh.cabinet.domain.model.metering.ReadingCheck;
import ru.gkh.cabinet.domain.model.receipt.UnitLabel;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/**
 * Показания счётчиков: a resident's meters, their readings with where each came from, the monthly consumption, and
 * entering readings for all meters at once. A reading is for the open period while its reading window lasts, otherwise
 * for the next one (and the resident is told); while a period is closing, readings go to the next. The period's row is
 * locked while readings are written, so a close that starts meanwhile waits and then sees them: once "accepted", a
 * reading is in the database and billed in its period. Every call checks the user linked the account.
 */
@Stateless
public class MeterReadings {

    @Inject
    CheckedLinks links;

    @Resource(lookup = "jdbc/cabinet")
    private DataSource ds;

    /** The reading already entered for the period being taken. */
    public record Entered(BigDecimal value, String source, String status) {
    }

    /** A meter in the form, with its last reading and what was entered for the period. */
    public record MeterRow(long id, String serial, String service, String unit, LocalDate verifiedUntil, boolean expired, int intDigits,
                           int fracDigits, BigDecimal previous, YearMonth previousPeriod, Entered entered) {
    }

    /** Which period the readings go to, the company's reading window, and the meters. */
    public record Form(YearMonth period, boolean inWindow, int windowFrom, int windowTo, List<MeterRow> meters) {
    }

    /** A reading as the history shows it; a month charged by estimate has no value, only its basis. */
    public record HistoryRow(YearMonth period, String serial, String service, BigDecimal value, String source, String status) {
    }

    /** A month's consumption of a metered service, and how it was obtained. */
    public record Usage(String service, String unit, YearMonth period, BigDecimal volume, String basis) {
    }

    /** What the resident typed for one meter: the value, "through zero" and "yes, this is right" ticks. */
    public record Typed(long meterId, String value, boolean rollOver, boolean confirmed) {
    }

    /** The result of a submission: refusals and questions by meter (nothing saved then), or how many were saved. */
    public record Outcome(Map<Long, String> refusals, Map<Long, String> toConfirm, int saved, YearMonth period, boolean nextPeriod) {

        public boolean accepted() {
            return refusals.isEmpty() && toConfirm.isEmpty();
        }
    }

    public Form form(String login, long accountId, LocalDate today) {
        try (Connection c = ds.getConnection()) {
            links.require(c, login, accountId);
            Target t = target(c, accountId, today, false);
            List<MeterRow> meters = new ArrayList<>();
            try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT m.id, m.serial, x.name, x.unit, m.verified_until, m.int_digits,"
                    + " m.frac_digits, m.initial_reading,"
                    + " (SELECT r.value FROM meter_reading r WHERE r.meter_id = m.id AND r.period < ? AND r.status <> 'REFUSED' ORDER BY r.period DESC LIMIT 1),"
                    + " (SELECT r.period FROM meter_reading r WHERE r.meter_id = m.id AND r.period < ? AND r.status <> 'REFUSED' ORDER BY r.period DESC LIMIT 1),"
                    + " cur.value, cur.source, cur.status FROM meter m JOIN service x ON x.id = m.service_id"
                    + " LEFT JOIN meter_reading cur ON cur.meter_id = m.id AND cur.period = ?"
                    + " WHERE m.account_id = ? ORDER BY x.code, m.serial"), t.period, t.period, t.period, accountId);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate verified = Sql.date(rs, 5);
                    BigDecimal previous = rs.getBigDecimal(9) != null ? rs.getBigDecimal(9) : rs.getBigDecimal(8);
                    meters.add(new MeterRow(rs.getLong(1), rs.getString(2), rs.getString(3), UnitLabel.of(rs.getString(4)), verified,
                            verified != null && verified.isBefore(today), rs.getInt(6), rs.getInt(7), previous.stripTrailingZeros(),
                            Sql.month(rs, 10),
                            rs.getBigDecimal(11) == null ? null : new Entered(rs.getBigDecimal(11).stripTrailingZeros(), rs.getString(12),
                                    rs.getString(13))));
                }
            }
            return new Form(t.period, t.inWindow, t.windowFrom, t.windowTo, meters);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The readings of the last two years, newest first, and the months charged by estimate. */
    public List<HistoryRow> history(String login, long accountId) {
        try (Connection c = ds.getConnection()) {
            links.require(c, login, accountId);
            List<HistoryRow> rows = new ArrayList<>();
            try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT r.period, m.serial, x.name, r.value, r.source, r.status, r.refusal_reason"
                    + " FROM meter_reading r JOIN meter m ON m.id = r.meter_id JOIN service x ON x.id = m.service_id WHERE m.account_id = ?"
                    + " AND r.period >= CURRENT_DATE - INTERVAL 24 MONTH UNION ALL SELECT ch.period, NULL, x.name, NULL, ch.volume_basis, 'ESTIMATE', NULL"
                    + " FROM charge ch JOIN service x ON x.id = ch.service_id WHERE ch.account_id = ? AND ch.volume_basis IN ('AVERAGE', 'NORM')"
                    + " AND x.volume_from IS NULL AND ch.period >= CURRENT_DATE - INTERVAL 24 MONTH ORDER BY 1 DESC, 3, 2"), accountId, accountId);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String status = rs.getString(6);
                    String source = rs.getString(5);
                    rows.add(new HistoryRow(Sql.month(rs, 1), rs.getString(2), rs.getString(3),
                            rs.getBigDecimal(4) == null ? null : rs.getBigDecimal(4).stripTrailingZeros(),
                            "ESTIMATE".equals(status) ? ("AVERAGE".equals(source) ? "расчётно: по среднему" : "расчётно: по нормативу")
                                    : source(source),
                            "ESTIMATE".equals(status) ? "показания не передавались"
                                    : status(status) + (rs.getString(7) == null ? "" : ": " + rs.getString(7))));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The monthly consumption of the account's metered services over the last twelve closed months, oldest first. */
    public List<Usage> usage(String login, long accountId) {
        try (Connection c = ds.getConnection()) {
            links.require(c, login, accountId);
            List<Usage> rows = new ArrayList<>();
            try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT x.name, x.unit, ch.period, ch.volume, ch.volume_basis FROM charge ch"
                    + " JOIN service x ON x.id = ch.service_id WHERE ch.account_id = ? AND x.method = 'METERED' AND ch.volume IS NOT NULL"
                    + " AND ch.period > (SELECT MAX(period) FROM charge WHERE account_id = ?) - INTERVAL 12 MONTH ORDER BY x.code, ch.period"),
                    accountId, accountId);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Usage(rs.getString(1), UnitLabel.of(rs.getString(2)), Sql.month(rs, 3),
                            rs.getBigDecimal(4).stripTrailingZeros(), basis(rs.getString(5))));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Takes the readings typed for the account's meters (blank ones are skipped), all or none: every reading is checked
     * first, and any refusal or question leaves everything as it was.
     */
    public Outcome submit(String login, long accountId, List<Typed> typed, LocalDate today) {
        try (Connection c = ds.getConnection()) {
            links.require(c, login, accountId);
            Target t = target(c, accountId, today, true);
            Map<Long, String> refusals = new LinkedHashMap<>();
            Map<Long, String> questions = new LinkedHashMap<>();
            List<Object[]> rows = new ArrayList<>();
            for (Typed entry : typed) {
                if (entry.value() == null || entry.value().isBlank()) {
                    continue;
                }
                BigDecimal value;
                try {
                    value = new BigDecimal(entry.value().strip().replace(" ", "").replace(',', '.'));
                } catch (NumberFormatException e) {
                    refusals.put(entry.meterId(), "«" + entry.value().strip() + "» — не число");
                    continue;
                }
                Meter m = meter(c, accountId, entry.meterId(), t.period);
                if (m == null) {
                    throw Refusal.notFound("Счётчик не найден");
                }
                if ("BILLED".equals(m.status)) {
                    refusals.put(entry.meterId(), "показание за " + t.period + " уже рассчитано");
                    continue;
                }
                ReadingCheck.Result r = m.check.check(value, entry.rollOver(), entry.confirmed(), today);
                if (r.refusal() != null) {
                    refusals.put(entry.meterId(), r.refusal());
                } else if (r.toConfirm() != null) {
                    questions.put(entry.meterId(), r.toConfirm());
                } else {
                    rows.add(new Object[] {entry.meterId(), value, r.rolledOver()});
                }
            }
            if (!refusals.isEmpty() || !questions.isEmpty()) {
                return new Outcome(refusals, questions, 0, t.period, !t.inWindow);
            }
            for (Object[] row : rows) {
                Sql.update(c, "INSERT INTO meter_reading (meter_id, period, value, rolled_over, taken_on, source, status)"
                        + " VALUES (?, ?, ?, ?, ?, 'RESIDENT', 'ACCEPTED') ON DUPLICATE KEY UPDATE value = VALUES(value),"
                        + " rolled_over = VALUES(rolled_over), taken_on = VALUES(taken_on), source = 'RESIDENT', status = 'ACCEPTED',"
                        + " refusal_reason = NULL, created_at = CURRENT_TIMESTAMP(3)", row[0], t.period, row[1], row[2], today);
            }
            return new Outcome(Map.of(), Map.of(), rows.size(), t.period, !t.inWindow);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes the resident's reading of the period being taken, until it is billed. */
    public void delete(String login, long accountId, long meterId, LocalDate today) {
        try (Connection c = ds.getConnection()) {
            links.require(c, login, accountId);
            Target t = target(c, accountId, today, true);
            Meter m = meter(c, accountId, meterId, t.period);
            if (m == null || m.status == null) {
                throw Refusal.notFound("Показание не найдено");
            }
            if ("BILLED".equals(m.status)) {
                throw Refusal.conflict("Показание уже рассчитано: удалить его нельзя");
            }
            Sql.update(c, "DELETE FROM meter_reading WHERE meter_id = ? AND period = ? AND status <> 'BILLED'", meterId, t.period);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Target(YearMonth period, boolean inWindow, int windowFrom, int windowTo) {
    }

    /**
     * The period readings go to now: the organization's open period while today is inside its reading window, the next
     * one otherwise or while the open one is closing. With {@code lock}, the period's row is locked until the caller's
     * transaction ends, so that a close cannot start between this choice and the readings' commit.
     */
    private static Target target(Connection c, long accountId, LocalDate today, boolean lock) throws SQLException {
        long org = Sql.queryLong(c, 0, "SELECT organization_id FROM personal_account WHERE id = ?", accountId);
        int from;
        int to;
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT reading_window_from, reading_window_to FROM organization WHERE id = ?"), org);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            from = rs.getInt(1);
            to = rs.getInt(2);
        }
        YearMonth latest = null;
        String status = null;
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT period, status FROM billing_period WHERE organization_id = ?"
                + " ORDER BY period DESC LIMIT 1" + (lock ? " FOR UPDATE" : "")), org);
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                latest = Sql.month(rs, 1);
                status = rs.getString(2);
            }
        }
        boolean inWindow = today.getDayOfMonth() >= from && today.getDayOfMonth() <= to;
        if (latest == null) {
            return new Target(YearMonth.from(today), inWindow, from, to);
        }
        boolean open = "OPEN".equals(status);
        YearMonth base = open ? latest : latest.plusMonths(1);
        return new Target(open && inWindow ? base : base.plusMonths(open ? 1 : 0), open && inWindow, from, to);
    }

    private record Meter(ReadingCheck check, String status) {
    }

    /** The account's meter with what the check needs, and the status of its reading for the period (null: none). */
    private static Meter meter(Connection c, long accountId, long meterId, YearMonth period) throws SQLException {
        int intDigits;
        int fracDigits;
        LocalDate verified;
        BigDecimal initial;
        String status;
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT m.int_digits, m.frac_digits, m.verified_until, m.initial_reading,"
                + " (SELECT r.status FROM meter_reading r WHERE r.meter_id = m.id AND r.period = ?) FROM meter m WHERE m.id = ? AND m.account_id = ?"),
                period, meterId, accountId);
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            intDigits = rs.getInt(1);
            fracDigits = rs.getInt(2);
            verified = Sql.date(rs, 3);
            initial = rs.getBigDecimal(4);
            status = rs.getString(5);
        }
        // The readings before the period, oldest first: the last is the previous one, their differences the recent volumes.
        List<BigDecimal> values = new ArrayList<>();
        List<Boolean> rolled = new ArrayList<>();
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT value, rolled_over FROM (SELECT r.period, r.value, r.rolled_over"
                + " FROM meter_reading r WHERE r.meter_id = ? AND r.period < ? AND r.status <> 'REFUSED' ORDER BY r.period DESC LIMIT 7) x"
                + " ORDER BY period"), meterId, period);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getBigDecimal(1));
                rolled.add(rs.getBoolean(2));
            }
        }
        List<BigDecimal> volumes = new ArrayList<>();
        for (int i = values.size() - 1; i > 0; i--) {
            if (!rolled.get(i)) {
                volumes.add(values.get(i).subtract(values.get(i - 1)));
            }
        }
        BigDecimal previous = values.isEmpty() ? initial : values.get(values.size() - 1);
        return new Meter(new ReadingCheck(intDigits, fracDigits, verified, previous, volumes), status);
    }

    private static String source(String code) {
        return switch (code == null ? "" : code) {
            case "RESIDENT" -> "передано жителем";
            case "IMPORT" -> "из данных управляющей организации";
            case "STAFF" -> "внесено сотрудником";
            default -> code;
        };
    }

    private static String status(String code) {
        return switch (code == null ? "" : code) {
            case "ACCEPTED" -> "принято";
            case "BILLED" -> "Рассчитано";
            case "REFUSED" -> "отклонено";
            default -> code;
        };
    }

    private static String basis(String code) {
        return switch (code == null ? "" : code) {
            case "READING" -> "по показаниям";
            case "AVERAGE" -> "расчётно: по среднему";
            case "NORM" -> "расчётно: по нормативу";
            case "MIXED" -> "частью по показаниям, частью расчётно";
            default -> "";
        };
    }
}
