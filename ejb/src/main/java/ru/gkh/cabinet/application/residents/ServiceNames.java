package ru.gkh.cabinet.application.residents;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import ru.gkh.cabinet.application.importing.TariffsImported;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/**
 * The code and name of each service of an organization, by id: how Платежи names the services a payment was spread
 * over. Read once per organization and kept for {@link CurrentRates#KEPT} (every resident's page read the same rows);
 * a service not among them (the late fee, made by the first close since) has them read again, and a tariff import,
 * which names services, forgets the organization's once it commits.
 */
@ApplicationScoped
public class ServiceNames {

    /** A service's code (which orders a payment's parts) and its name. */
    public record Name(String code, String name) {
    }

    private final Cache<Long, Map<Long, Name>> names = Caffeine.newBuilder().expireAfterWrite(CurrentRates.KEPT).maximumSize(10_000).build();

    /** The organization's services, with every one of {@code needed} among them if it exists. */
    public Map<Long, Name> of(Connection c, long organizationId, Collection<Long> needed) {
        Map<Long, Name> known = names.get(organizationId, k -> read(c, organizationId));
        if (!known.keySet().containsAll(needed)) {
            known = read(c, organizationId);
            names.put(organizationId, known);
        }
        return known;
    }

    private static Map<Long, Name> read(Connection c, long organizationId) {
        Map<Long, Name> read = new HashMap<>();
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT id, code, name FROM service WHERE organization_id = ?"), organizationId);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                read.put(rs.getLong(1), new Name(rs.getString(2), rs.getString(3)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return Map.copyOf(read);
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) TariffsImported imported) {
        names.invalidate(imported.organizationId());
    }
}
