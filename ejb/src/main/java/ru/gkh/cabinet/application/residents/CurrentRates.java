package ru.gkh.cabinet.application.residents;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import ru.gkh.cabinet.application.importing.TariffsImported;
import ru.gkh.cabinet.domain.model.receipt.UnitLabel;
import ru.gkh.cabinet.infrastructure.persistence.Sql;

/**
 * The rates in force in a building on a day, service by service: what Главная shows every resident of the building.
 * Read from the database once per building and day and kept for {@link #KEPT} (a thousand residents of a building read
 * the same rows, the dearest statement of the page, ~0.3 ms of the database's CPU each time). A tariff import forgets
 * them all once it commits ({@link TariffsImported}); another server of a cluster shows the new rates within
 * {@link #KEPT}. A rate that comes into force on a later day (a tariff valid from the 1st) is exact, since the day is
 * part of the key.
 */
@ApplicationScoped
public class CurrentRates {

    /** How long another server of a cluster may show rates a tariff import has changed. */
    static final Duration KEPT = Duration.ofMinutes(10);

    /** A service of the organization and its rate that day (null when no tariff is in force); the code orders them. */
    public record Rate(String code, String name, String provider, String unit, BigDecimal rate) {
    }

    private record Key(long buildingId, LocalDate day) {
    }

    private final Cache<Key, Map<Long, Rate>> rates = Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(20_000).build();

    /**
     * The organization's services (the late fee not among them) with the building's own tariff valid that day, else
     * the one for all its buildings, by service id.
     */
    public Map<Long, Rate> of(Connection c, long organizationId, long buildingId, LocalDate day) {
        return rates.get(new Key(buildingId, day), k -> read(c, organizationId, buildingId, day));
    }

    private static Map<Long, Rate> read(Connection c, long organizationId, long buildingId, LocalDate day) {
        Map<Long, Rate> read = new HashMap<>();
        try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT x.id, x.code, x.name, x.provider, x.unit, (SELECT t.rate FROM tariff t"
                + " WHERE t.service_id = x.id AND (t.building_id = ? OR t.building_code = '*') AND t.valid_from <= ?"
                + " ORDER BY t.building_id IS NULL, t.valid_from DESC LIMIT 1) FROM service x WHERE x.organization_id = ? AND x.code <> ?"),
                buildingId, day, organizationId, ResidentAccount.PENI);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                read.put(rs.getLong(1), new Rate(rs.getString(2), rs.getString(3), rs.getString(4), UnitLabel.of(rs.getString(5)), rs.getBigDecimal(6)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return Map.copyOf(read);
    }

    /**
     * Forgets every building's rates once a tariff import has committed (forgotten before, a page read in between
     * would keep the old rates).
     */
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) TariffsImported imported) {
        rates.invalidateAll();
    }
}
