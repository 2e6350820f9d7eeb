package ru.gkh.cabinet.application.residents;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/** Оценка: each resident rates the cabinet once (a new grade replaces theirs) and sees how everyone rated it. */
@Stateless
public class CabinetRatings {

    /** The grades, best first, as residents read them. */
    public static final Map<String, String> GRADES = grades();

    @Resource(lookup = "jdbc/cabinet")
    private DataSource ds;

    private static Map<String, String> grades() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("EXCELLENT", "отлично");
        m.put("GOOD", "хорошо");
        m.put("FAIR", "удовлетворительно");
        m.put("POOR", "плохо");
        return m;
    }

    /** How everyone rated the cabinet, and this user's own grade (null: not yet). */
    public record Results(Map<String, Long> counts, long total, String mine) {

        public long percent(String grade) {
            return total == 0 ? 0 : Math.round(100.0 * counts.getOrDefault(grade, 0L) / total);
        }
    }

    public void rate(String login, String grade) {
        if (grade == null || !GRADES.containsKey(grade)) {
            throw Refusal.invalid("Оценка: отлично, хорошо, удовлетворительно или плохо");
        }
        try (Connection c = ds.getConnection()) {
            Sql.update(c, "INSERT INTO cabinet_rating (user_id, grade) SELECT id, ? FROM user_account WHERE login = ? AND status = 'ACTIVE'"
                    + " ON DUPLICATE KEY UPDATE grade = VALUES(grade), rated_at = CURRENT_TIMESTAMP(3)", grade, login);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Results results(String login) {
        Map<String, Long> counts = new LinkedHashMap<>();
        GRADES.keySet().forEach(g -> counts.put(g, 0L));
        long total = 0;
        String mine = null;
        try (Connection c = ds.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT grade, COUNT(*) FROM cabinet_rating GROUP BY grade");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                    total += rs.getLong(2);
                }
            }
            try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT r.grade FROM cabinet_rating r JOIN user_account u ON u.id = r.user_id"
                    + " WHERE u.login = ?"), login);
                 ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    mine = rs.getString(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Results(counts, total, mine);
    }
}
