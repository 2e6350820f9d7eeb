package ru.gkh.cabinet.application.residents;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import ru.gkh.cabinet.domain.model.identity.PossessionProof;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/** Finds the open personal account a person proves to hold, for registration and for linking one more account. */
final class AccountProof {

    /** The account found: its id and organization. */
    record Account(long id, long organizationId) {
    }

    private AccountProof() {
    }

    /**
     * The open account with this number whose proof matches, as its organization asks for it (account numbers are
     * unique per organization only, so every organization's account of that number is tried); null when none.
     */
    static Account matching(DataSource ds, String number, String proof) {
        return first(ds, "a.number = ?", number, proof);
    }

    /** The open account of these premises (a flat may have several: a communal flat) whose proof matches; null when none. */
    static Account inPremises(DataSource ds, long premisesId, String proof) {
        return first(ds, "a.premises_id = ?", premisesId, proof);
    }

    private static Account first(DataSource ds, String where, Object key, String proof) {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT a.id, a.organization_id, o.registration_proof, a.holder_name,"
                     + " (SELECT r.total_due FROM receipt r WHERE r.account_id = a.id ORDER BY r.period DESC LIMIT 1)"
                     + " FROM personal_account a JOIN organization o ON o.id = a.organization_id WHERE " + where + " AND a.closed_on IS NULL"),
                     key);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                PossessionProof how = PossessionProof.valueOf(rs.getString(3));
                BigDecimal due = rs.getBigDecimal(5);
                if (how.matches(proof, rs.getString(4), due)) {
                    return new Account(rs.getLong(1), rs.getLong(2));
                }
            }
            return null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
