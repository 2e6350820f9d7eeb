package ru.gkh.cabinet.application.importing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.gkh.cabinet.domain.model.importing.FieldFormat;
import ru.gkh.cabinet.domain.model.importing.ImportProblem;
import ru.gkh.cabinet.domain.model.importing.ImportType;
import ru.gkh.cabinet.domain.model.importing.MeterDial;
import ru.gkh.cabinet.domain.model.importing.RowRejected;
import ru.gkh.cabinet.domain.model.importing.StagedRow;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/**
 * What a chunk of staged rows refers to by a natural key, resolved while staging: the meter of a reading by its serial,
 * the account of a payment by its number. One query a chunk for the chunk's distinct keys (a file lists a meter's
 * readings together, so 5,000 readings name a few hundred meters), instead of a join per check over the whole file
 * afterwards; the staged row keeps the id, so that neither the checks nor the apply join it again. A row whose
 * reference is missing, that its meter cannot show, or that would change a billed reading, is rejected here, with the
 * line and the column.
 */
final class StagedReferences {

    /** The rows that may be staged, each with the id it refers to (or null), and the rows rejected. */
    record Resolved(List<StagedRow> rows, List<Long> refIds, List<ImportProblem> problems) {
    }

    private record Meter(long id, int intDigits, int fracDigits, LocalDate verifiedUntil) {
    }

    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private StagedReferences() {
    }

    static Resolved resolve(Connection c, ImportType type, long organizationId, List<StagedRow> rows) throws SQLException {
        return switch (type) {
            case READINGS -> readings(c, organizationId, rows);
            case PAYMENTS -> payments(c, organizationId, rows);
            default -> new Resolved(rows, Collections.nCopies(rows.size(), null), List.of());
        };
    }

    /**
     * Readings (serial, period, reading, taken_on): the meter by its serial; the reading on its dial, within its
     * verification, and not another value for a reading already billed.
     */
    private static Resolved readings(Connection c, long org, List<StagedRow> rows) throws SQLException {
        Map<String, Meter> meters = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT k.v, m.id, m.int_digits, m.frac_digits, m.verified_until FROM "
                + keys(64) + " JOIN meter m ON m.organization_id = ? AND m.serial = " + KEY)) {
            ps.setString(1, distinct(rows, 0));
            ps.setLong(2, org);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate verified = Sql.date(rs, 5);
                    meters.put(rs.getString(1), new Meter(rs.getLong(2), rs.getInt(3), rs.getInt(4),
                            verified));
                }
            }
        }
        Map<String, BigDecimal> billed = billedReadings(c, meters.values(), rows);
        Resolved out = new Resolved(new ArrayList<>(rows.size()), new ArrayList<>(rows.size()), new ArrayList<>());
        for (StagedRow r : rows) {
            String[] v = r.values();
            Meter m = meters.get(v[0]);
            if (m == null) {
                out.problems.add(ImportProblem.error(r.line(), "serial", "прибор учёта «" + v[0] + "» не найден (сначала загрузите meters.csv)"));
                continue;
            }
            BigDecimal reading = new BigDecimal(v[2]);
            try {
                MeterDial.check("reading", reading, m.intDigits, m.fracDigits);
            } catch (RowRejected e) {
                out.problems.add(ImportProblem.error(r.line(), e.column(), e.getMessage()));
                continue;
            }
            if (m.verifiedUntil != null) {
                LocalDate taken = v[3] != null ? FieldFormat.date("taken_on", v[3])
                        : YearMonth.from(FieldFormat.date("period", v[1])).atEndOfMonth();
                if (taken.isAfter(m.verifiedUntil)) {
                    out.problems.add(ImportProblem.error(r.line(), "taken_on", "показание от " + taken.format(RUSSIAN_DATE)
                            + " снято после окончания срока поверки счётчика (" + m.verifiedUntil.format(RUSSIAN_DATE) + ")"));
                    continue;
                }
            }
            BigDecimal billedValue = billed.get(m.id + "|" + v[1]);
            if (billedValue != null && billedValue.compareTo(reading) != 0) {
                out.problems.add(ImportProblem.error(r.line(), "reading", "показание за этот период уже учтено в начислениях"
                        + " и не может быть изменено (было " + billedValue.stripTrailingZeros().toPlainString() + ", в файле «" + v[2] + "»)"));
                continue;
            }
            out.rows.add(r);
            out.refIds.add(m.id);
        }
        return out;
    }

    /**
     * The billed readings of the chunk's meters in the chunk's periods, by "meter id|period": a billed reading is never
     * changed, so a row that gives another value for it is rejected (the same value again is the same reading, and
     * changes nothing). Only the chunk's periods: a month's file would otherwise read every billed reading of the
     * meters' history, a chunk at a time.
     */
    private static Map<String, BigDecimal> billedReadings(Connection c, java.util.Collection<Meter> meters, List<StagedRow> rows)
            throws SQLException {
        Map<String, BigDecimal> billed = new HashMap<>();
        if (meters.isEmpty()) {
            return billed;
        }
        JsonArrayBuilder ids = Json.createArrayBuilder();
        meters.forEach(m -> ids.add(m.id));
        try (PreparedStatement ps = c.prepareStatement("SELECT r.meter_id, r.period, r.value FROM JSON_TABLE(?, '$[*]' COLUMNS"
                + " (id BIGINT PATH '$')) k JOIN meter_reading r ON r.meter_id = k.id JOIN JSON_TABLE(?, '$[*]' COLUMNS"
                + " (period DATE PATH '$')) p ON r.period = p.period WHERE r.status = 'BILLED'")) {
            ps.setString(1, ids.build().toString());
            ps.setString(2, distinct(rows, 1));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    billed.put(rs.getLong(1) + "|" + Sql.date(rs, 2), rs.getBigDecimal(3));
                }
            }
        }
        return billed;
    }

    /** Payments (payment_id, paid_on, account_number, amount, period, channel): the account by its number. */
    private static Resolved payments(Connection c, long org, List<StagedRow> rows) throws SQLException {
        Map<String, Long> accounts = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT k.v, a.id FROM " + keys(32)
                + " JOIN personal_account a ON a.organization_id = ? AND a.number = " + KEY)) {
            ps.setString(1, distinct(rows, 2));
            ps.setLong(2, org);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    accounts.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        Resolved out = new Resolved(new ArrayList<>(rows.size()), new ArrayList<>(rows.size()), new ArrayList<>());
        for (StagedRow r : rows) {
            Long account = accounts.get(r.values()[2]);
            if (account == null) {
                out.problems.add(ImportProblem.error(r.line(), "account_number", ImportChecks.ACCOUNT_NOT_FOUND.formatted(r.values()[2])));
                continue;
            }
            out.rows.add(r);
            out.refIds.add(account);
        }
        return out;
    }

    /**
     * The chunk's keys as a table (k.v), from one JSON array parameter: each key comes back exactly as the file wrote it,
     * however the collation matched it, so the rows find their reference by a plain map look-up.
     */
    private static String keys(int length) {
        return "JSON_TABLE(?, '$[*]' COLUMNS (v VARCHAR(" + length + ") PATH '$')) k";
    }

    /** A chunk's key, compared as the natural keys are (the column's collation follows the connection's). */
    private static final String KEY = "k.v COLLATE utf8mb4_unicode_ci";

    private static String distinct(List<StagedRow> rows, int column) {
        Set<String> keys = new LinkedHashSet<>();
        for (StagedRow r : rows) {
            keys.add(r.values()[column]);
        }
        JsonArrayBuilder a = Json.createArrayBuilder();
        keys.forEach(a::add);
        return a.build().toString();
    }
}
