package ru.gkh.cabinet.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.YearMonth;
import java.util.Collection;
import java.util.stream.Collectors;
import ru.gkh.cabinet.domain.model.Digits;

/** The few JDBC steps the set-based services repeat: bind parameters, run an update, read one number. */
public final class Sql {

    private Sql() {
    }

    /**
     * A prefix for one statement only (MariaDB's SET STATEMENT): the parents of the rows it writes were just looked up by
     * their keys, and are never deleted, so the foreign keys hold without InnoDB looking each row's parents up again.
     * The constraints stay in force for every other statement.
     */
    public static final String NO_FOREIGN_KEY_LOOKUP = "SET STATEMENT foreign_key_checks = 0 FOR ";

    /**
     * A statement for a JDBC batch of INSERTs that MariaDB Connector/J sends as one bulk command. Through Payara's
     * statement cache a plain {@code prepareStatement(sql)} reaches the driver as {@code prepareStatement(sql, type,
     * concurrency)}, which asks for generated keys, and with them the driver sends the batch one text INSERT a row
     * (three million staged readings: 63 s instead of 12). Saying that no keys are wanted keeps the bulk.
     * <p>
     * The cache hands back a statement as its last user left it, rows added to its batch included: a close that failed
     * between adding an account's charges and sending them left them there, and the next user of that connection (the
     * restarted close, on another building) sent them with its own. So the batch starts empty here.
     */
    public static PreparedStatement batchInsert(Connection c, String sql) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql, java.sql.Statement.NO_GENERATED_KEYS);
        ps.clearBatch();
        return ps;
    }

    /**
     * Binds the parameters in order; a month as its first day. Dates go to the driver as {@link LocalDate}, which it
     * writes field by field: a {@code java.sql.Date} goes through a {@code Calendar} in the default time zone each time,
     * and with reading them back that was a fifth of Payara's CPU in a period close.
     */
    public static PreparedStatement bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            ps.setObject(i + 1, p instanceof YearMonth m ? m.atDay(1) : p);
        }
        return ps;
    }

    /**
     * A DATE column, or null. Read as its text, {@code yyyy-mm-dd}, digit by digit: {@code getDate} goes through a
     * {@code Calendar} (see {@link #bind}), and Payara's wrapper answers {@code getObject(column, LocalDate.class)} by
     * looking the driver's method up by reflection on every call, which cost the close more than the calendar did.
     */
    public static LocalDate date(ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : isoDate(text);
    }

    /** A DATE column holding a period (its first day), or null. */
    public static YearMonth month(ResultSet rs, int column) throws SQLException {
        LocalDate date = date(rs, column);
        return date == null ? null : YearMonth.from(date);
    }

    static LocalDate isoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return LocalDate.parse(text);
        }
        int year = Digits.read(text, 0, 4);
        int month = Digits.read(text, 5, 2);
        int day = Digits.read(text, 8, 2);
        if (year < 0 || month < 0 || day < 0) {
            throw new DateTimeParseException("Not a date: " + text, text, 0);
        }
        return LocalDate.of(year, month, day);
    }

    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement(sql), params)) {
            return ps.executeUpdate();
        }
    }

    /** The first column of the first row as a long, or {@code otherwise} when there is no row or it is NULL. */
    public static long queryLong(Connection c, long otherwise, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement(sql), params); ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                long v = rs.getLong(1);
                return rs.wasNull() ? otherwise : v;
            }
            return otherwise;
        }
    }

    /** The first column of every row as longs (ids, mostly). */
    public static java.util.List<Long> queryLongs(Connection c, String sql, Object... params) throws SQLException {
        java.util.List<Long> values = new java.util.ArrayList<>();
        try (PreparedStatement ps = bind(c.prepareStatement(sql), params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
        }
        return values;
    }

    /** Ids as an SQL list for {@code IN (...)}: numbers only, so nothing can be injected. */
    public static String idList(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
