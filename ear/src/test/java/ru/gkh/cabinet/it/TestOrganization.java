package ru.gkh.cabinet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An organization of its own for each test, so tests never see each other's rows; with helpers to import
 * files into it through the API and to read its rows back straight from the database.
 */
final class TestOrganization {

    static final Path SAMPLES = Path.of(System.getProperty("cabinet.it.samples", "../../shared/samples"));
    static final List<String> SAMPLE_ORDER = List.of("buildings", "accounts", "tariffs", "meters", "readings", "payments",
            "recalculations", "key_rates");

    final String code;
    final long id;

    TestOrganization(String code, long id) {
        this.code = code;
        this.id = id;
    }

    static TestOrganization create() {
        String code = "T" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
        StaffApi.Answer a = StaffApi.ADMIN.postJson("/api/staff/organizations", "{\"code\":\"" + code + "\",\"name\":\"ООО «Тест " + code + "»\","
                + "\"inn\":\"5406123456\",\"kpp\":\"540601001\",\"bankName\":\"Банк\",\"bic\":\"045004641\","
                + "\"correspondentAccount\":\"30101810500000000641\",\"settlementAccount\":\"40702810944050012345\"}");
        assertEquals(201, a.status(), a.body());
        return new TestOrganization(code, queryLong("SELECT id FROM organization WHERE code = '" + code + "'"));
    }

    /** Starts an import as the administrator acting for this organization; returns the import's id. */
    String start(String type, byte[] content) {
        StaffApi.Answer a = StaffApi.ADMIN.postBytes("/api/staff/imports/" + type + "?organization=" + code, "text/csv", content);
        assertEquals(202, a.status(), a.body());
        return a.json().getString("id");
    }

    /** Imports and waits for the end; returns the import's final JSON. */
    JsonObject importFile(String type, byte[] content) {
        return await(start(type, content));
    }

    JsonObject importFile(String type, String content) {
        return importFile(type, content.getBytes(StandardCharsets.UTF_8));
    }

    JsonObject importSample(String type) {
        try {
            return importFile(type, Files.readAllBytes(SAMPLES.resolve(type + ".csv")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void importAllSamples() {
        for (String t : SAMPLE_ORDER) {
            JsonObject r = importSample(t);
            assertEquals("COMPLETED", r.getString("status"), t + ": " + r);
        }
    }

    static JsonObject await(String importId) {
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            StaffApi.Answer a = StaffApi.ADMIN.get("/api/staff/imports/" + importId);
            assertEquals(200, a.status(), a.body());
            JsonObject json = a.json();
            if (!"STARTED".equals(json.getString("status"))) {
                return json;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("import " + importId + " did not end: " + json);
            }
            sleep(200);
        }
    }

    /** Every billing row of this organization, as text: what an import may change, for before/after comparisons. */
    List<String> billingRows() {
        List<String> rows = new ArrayList<>();
        String o = String.valueOf(id);
        rows.addAll(query("SELECT code, department_id, address, total_area, common_area FROM building WHERE organization_id = " + o + " ORDER BY code"));
        rows.addAll(query("SELECT d.name FROM department d WHERE organization_id = " + o + " ORDER BY name"));
        rows.addAll(query("SELECT a.number, p.number, p.total_area, p.living_area, p.rooms, a.holder_name, a.residents, a.phone, a.email,"
                + " a.meter_possible, a.opened_on, a.closed_on FROM personal_account a JOIN premises p ON p.id = a.premises_id"
                + " WHERE a.organization_id = " + o + " ORDER BY a.number"));
        rows.addAll(query("SELECT x.code, x.name, x.unit, x.method, x.volume_from, x.provider, t.building_code, t.valid_from, t.rate,"
                + " t.norm, t.common_norm FROM tariff t JOIN service x ON x.id = t.service_id WHERE x.organization_id = " + o
                + " ORDER BY x.code, t.building_code, t.valid_from"));
        rows.addAll(query("SELECT serial, account_id, building_id, service_id, int_digits, frac_digits, installed_on, verified_until,"
                + " initial_reading FROM meter WHERE organization_id = " + o + " ORDER BY serial"));
        rows.addAll(query("SELECT m.serial, r.period, r.value, r.taken_on, r.source, r.status FROM meter_reading r JOIN meter m"
                + " ON m.id = r.meter_id WHERE m.organization_id = " + o + " ORDER BY m.serial, r.period"));
        rows.addAll(query("SELECT id, external_id, paid_on, account_id, amount, payer_period, channel FROM payment WHERE organization_id = "
                + o + " ORDER BY external_id"));
        rows.addAll(query("SELECT r.id, r.period, r.amount, r.reason FROM recalculation r JOIN personal_account a ON a.id = r.account_id"
                + " WHERE a.organization_id = " + o + " ORDER BY r.id"));
        rows.addAll(query("SELECT b.period, b.amount FROM opening_balance b JOIN personal_account a ON a.id = b.account_id"
                + " WHERE a.organization_id = " + o + " ORDER BY b.id"));
        rows.addAll(query("SELECT valid_from, rate FROM key_rate WHERE organization_id = " + o + " ORDER BY valid_from"));
        return rows;
    }

    /**
     * The parts of the allocations of the payments {@code where} names (alias {@code y}), one row each, read apart by
     * MariaDB itself (not by the code under test) from each payment's one row (V25: {@code 2026-05:31:1200.50 …}):
     * columns payment_id, external_id, period ({@code yyyy-mm}), code (the service's) and amount.
     */
    static String allocationParts(String where) {
        return "SELECT y.id AS payment_id, y.external_id, LEFT(t.part, 7) AS period, x.code,"
                + " CAST(SUBSTRING_INDEX(t.part, ':', -1) AS DECIMAL(15,2)) AS amount FROM payment y"
                + " JOIN payment_allocation l ON l.payment_id = y.id"
                + " JOIN JSON_TABLE(CONCAT('[\"', REPLACE(l.parts, ' ', '\",\"'), '\"]'), '$[*]' COLUMNS (part VARCHAR(64) PATH '$')) t"
                + " JOIN service x ON x.id = SUBSTRING_INDEX(SUBSTRING_INDEX(t.part, ':', 2), ':', -1) WHERE " + where;
    }

    static List<String> query(String sql) {
        try (Connection c = connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    sb.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(sb.toString());
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Waits for a batch job to end (any status but STARTING/STARTED) and returns its JSON from the jobs API. */
    static JsonObject awaitJob(String executionId) {
        long deadline = System.currentTimeMillis() + 180_000;
        while (true) {
            JsonObject job = StaffApi.ADMIN.get("/api/staff/jobs/" + executionId).json();
            if (!"STARTED".equals(job.getString("status")) && !"STARTING".equals(job.getString("status"))) {
                return job;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("job " + executionId + " did not end: " + job);
            }
            sleep(300);
        }
    }

    /** Changes rows directly: for set-ups the product has no screen for yet (a resident's delivery choice). */
    static int update(String sql) {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static long queryLong(String sql) {
        return Long.parseLong(query(sql).get(0));
    }

    static Connection connection() throws SQLException {
        return DriverManager.getConnection(System.getProperty("cabinet.it.db-url", "jdbc:mariadb://127.0.0.1:3317/cabinet"), "cabinet", "cabinet");
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
