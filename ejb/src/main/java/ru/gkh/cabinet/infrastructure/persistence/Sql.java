package ru.gkh.cabinet.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.stream.Collectors;

/** The few JDBC steps the set-based services repeat: bind parameters, run an update, read one number. */
public final class Sql {

    private Sql() {
    }

    /** Binds parameters in order; a {@link YearMonth} binds as its first day, the way periods are stored. */
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

    public static PreparedStatement bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            ps.setObject(i + 1, p instanceof YearMonth m ? java.sql.Date.valueOf(m.atDay(1))
                    : p instanceof LocalDate d ? java.sql.Date.valueOf(d) : p);
        }
        return ps;
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
