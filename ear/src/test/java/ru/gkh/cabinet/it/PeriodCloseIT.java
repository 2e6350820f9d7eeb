package ru.gkh.cabinet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The accountant closes two consecutive months of the sample company through the staff API and reads the turnover
 * statements back. October's rows are the worked numbers of BuildingMonthTest (building B001) and of the same rules
 * for B002 (the HV-9999 roll-over of 5.5 m³; norms for 2 residents); November carries October's closing balances
 * over and spreads the November payments over October's debts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PeriodCloseIT {

    static final String OCTOBER = "period;account_number;service_code;opening;volume;common_volume;charged;recalculated;paid;closing\n"
                + "2026-10;100200301;CAPREP;0.00;;;771.06;0.00;0.00;771.06\n"
                + "2026-10;100200301;EL;0.00;210.500000;;1170.38;0.00;0.00;1170.38\n"
                + "2026-10;100200301;GVS;0.00;3.700000;;855.03;0.00;0.00;855.03\n"
                + "2026-10;100200301;HEAT;0.00;;;2543.96;0.00;0.00;2543.96\n"
                + "2026-10;100200301;HVS;0.00;7.246000;0.364954;274.38;0.00;0.00;274.38\n"
                + "2026-10;100200301;MAINT;0.00;;;1708.82;0.00;0.00;1708.82\n"
                + "2026-10;100200301;TKO;0.00;3.000000;;444.81;0.00;0.00;444.81\n"
                + "2026-10;100200301;VO;0.00;10.946000;;278.90;0.00;0.00;278.90\n"
                + "2026-10;100200302;CAPREP;0.00;;;582.20;0.00;0.00;582.20\n"
                + "2026-10;100200302;EL;0.00;65.000000;;361.40;0.00;0.00;361.40\n"
                + "2026-10;100200302;GVS;0.00;3.500000;;808.82;-412.55;0.00;396.27\n"
                + "2026-10;100200302;HEAT;0.00;;;1920.85;0.00;0.00;1920.85\n"
                + "2026-10;100200302;HVS;0.00;4.100000;0.275564;157.74;0.00;0.00;157.74\n"
                + "2026-10;100200302;MAINT;0.00;;;1290.27;0.00;0.00;1290.27\n"
                + "2026-10;100200302;TKO;0.00;1.000000;;148.27;0.00;0.00;148.27\n"
                + "2026-10;100200302;VO;0.00;7.600000;;193.65;0.00;0.00;193.65\n"
                + "2026-10;100200303;CAPREP;0.00;;;1033.76;0.00;0.00;1033.76\n"
                + "2026-10;100200303;EL;0.00;390.000000;;2168.40;0.00;0.00;2168.40\n"
                + "2026-10;100200303;GVS;0.00;21.000000;;4852.89;0.00;0.00;4852.89\n"
                + "2026-10;100200303;HEAT;0.00;;;3410.68;-150.00;0.00;3260.68\n"
                + "2026-10;100200303;HVS;0.00;28.470000;0.489294;1043.98;0.00;0.00;1043.98\n"
                + "2026-10;100200303;MAINT;0.00;;;2291.02;0.00;0.00;2291.02\n"
                + "2026-10;100200303;TKO;0.00;4.000000;;593.08;0.00;0.00;593.08\n"
                + "2026-10;100200303;VO;0.00;32.980000;;840.33;0.00;0.00;840.33\n"
                + "2026-10;100200401;CAPREP;0.00;;;542.44;0.00;0.00;542.44\n"
                + "2026-10;100200401;EL;0.00;0.000000;;0.00;0.00;0.00;0.00\n"
                + "2026-10;100200401;GVS;0.00;0.000000;;0.00;0.00;0.00;0.00\n"
                + "2026-10;100200401;HEAT;0.00;;;1789.67;0.00;0.00;1789.67\n"
                + "2026-10;100200401;HVS;0.00;5.500000;;198.28;0.00;0.00;198.28\n"
                + "2026-10;100200401;MAINT;0.00;;;1202.15;0.00;0.00;1202.15\n"
                + "2026-10;100200401;TKO;0.00;0.000000;;0.00;0.00;0.00;0.00\n"
                + "2026-10;100200401;VO;0.00;5.500000;;140.14;0.00;0.00;140.14\n"
                + "2026-10;100200402;CAPREP;0.00;;;937.20;0.00;0.00;937.20\n"
                + "2026-10;100200402;EL;0.00;130.000000;;722.80;0.00;0.00;722.80\n"
                + "2026-10;100200402;GVS;0.00;7.000000;;1617.63;0.00;0.00;1617.63\n"
                + "2026-10;100200402;HEAT;0.00;;;3092.10;0.00;0.00;3092.10\n"
                + "2026-10;100200402;HVS;0.00;9.490000;;342.11;0.00;0.00;342.11\n"
                + "2026-10;100200402;MAINT;0.00;;;2077.02;0.00;0.00;2077.02\n"
                + "2026-10;100200402;TKO;0.00;2.000000;;296.54;0.00;0.00;296.54\n"
                + "2026-10;100200402;VO;0.00;16.490000;;420.17;0.00;0.00;420.17\n";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.cabinet();
    }

    @Test
    void twoMonthsCloseAndTheirTurnoverIsExact() throws Exception {
        TestOrganization org = octoberOpen();

        assertEquals(409, StaffApi.ADMIN.get("/api/staff/reports/turnover/2026-10?organization=" + org.code).status());
        JsonObject october = close(org, "2026-10");
        assertEquals("COMPLETED", october.getString("status"), october.toString());
        assertEquals("close-period", october.getString("job"));
        assertEquals(5, october.getInt("done"), "accounts billed");
        assertEquals(5, october.getInt("total"), "accounts of the organization");
        assertEquals(OCTOBER, StaffApi.ADMIN.get("/api/staff/reports/turnover/2026-10?organization=" + org.code).body());

        StaffApi.Binary xlsx = StaffApi.ADMIN.getBytes("/api/staff/reports/turnover/2026-10?organization=" + org.code,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.contentType().startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), xlsx.contentType());
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sheet = book.getSheetAt(0);
            assertEquals(41, sheet.getPhysicalNumberOfRows());
            assertEquals("100200301", sheet.getRow(5).getCell(1).getStringCellValue());
            assertEquals("HVS", sheet.getRow(5).getCell(2).getStringCellValue());
            assertEquals(274.38, sheet.getRow(5).getCell(6).getNumericCellValue(), 1e-9);
            assertEquals(0.364954, sheet.getRow(5).getCell(5).getNumericCellValue(), 1e-9);
        }

        StaffApi.Answer again = StaffApi.ADMIN.postJson("/api/staff/periods/2026-10/close?organization=" + org.code, "");
        assertEquals(409, again.status());
        assertEquals("Период 2026-10 уже закрыт", again.json().getString("message"));
        assertEquals(List.of("2026-10|CLOSED", "2026-11|OPEN"), TestOrganization.query("SELECT DATE_FORMAT(period, '%Y-%m'), status"
                + " FROM billing_period WHERE organization_id = " + org.id + " ORDER BY period"));
        assertEquals(List.of("APPLIED 2"), TestOrganization.query("SELECT CONCAT('APPLIED ', COUNT(*)) FROM recalculation r JOIN personal_account a"
                + " ON a.id = r.account_id WHERE a.organization_id = " + org.id + " AND r.applied_period = '2026-10-01'"));
        // The six October readings (five individual meters and the house meter) are now billed.
        assertEquals(List.of("6"), TestOrganization.query("SELECT COUNT(*) FROM meter_reading r JOIN meter m ON m.id = r.meter_id"
                + " WHERE m.organization_id = " + org.id + " AND r.period = '2026-10-01' AND r.status = 'BILLED'"));

        assertEquals("COMPLETED", close(org, "2026-11").getString("status"));
        Map<String, String[]> oct = rows(StaffApi.ADMIN.get("/api/staff/reports/turnover/2026-10?organization=" + org.code).body());
        Map<String, String[]> nov = rows(StaffApi.ADMIN.get("/api/staff/reports/turnover/2026-11?organization=" + org.code).body());
        BigDecimal paid301 = BigDecimal.ZERO;
        for (var e : nov.entrySet()) {
            String[] r = e.getValue();
            // closing = opening + charged + recalculated − paid, and November opens with October's closing.
            assertEquals(new BigDecimal(r[9]), new BigDecimal(r[3]).add(new BigDecimal(r[6])).add(new BigDecimal(r[7])).subtract(new BigDecimal(r[8])), e.getKey());
            assertEquals(oct.containsKey(e.getKey()) ? oct.get(e.getKey())[9] : "0.00", r[3], e.getKey() + " opening");
            if (e.getKey().startsWith("100200301;")) {
                paid301 = paid301.add(new BigDecimal(r[8]));
            }
        }
        // The payment of 05.11.2026 (6 125.40) is spread over October's debts of 100200301, to the kopeck.
        assertEquals(new BigDecimal("6125.40"), paid301);
        // Its one allocation row (V25) holds a part for each of October's services, each what that service's line was paid.
        List<String> parts = new java.util.ArrayList<>();
        nov.forEach((key, r) -> {
            if (key.startsWith("100200301;") && new BigDecimal(r[8]).signum() != 0) {
                parts.add("2026-10|" + key.substring(10) + "|" + r[8]);
            }
        });
        parts.sort(null);
        assertTrue(parts.size() > 3, parts.toString());
        assertEquals(parts, TestOrganization.query("SELECT period, code, amount FROM (" + TestOrganization.allocationParts(
                "y.organization_id = " + org.id + " AND y.paid_on = '2026-11-05' AND y.account_id = (SELECT id FROM personal_account"
                + " WHERE organization_id = " + org.id + " AND number = '100200301')") + ") p ORDER BY code"));
        assertEquals(List.of("1"), TestOrganization.query("SELECT COUNT(*) FROM payment_allocation l JOIN payment y ON y.id = l.payment_id"
                + " WHERE y.organization_id = " + org.id + " AND y.paid_on = '2026-11-05' AND y.account_id = (SELECT id FROM personal_account"
                + " WHERE organization_id = " + org.id + " AND number = '100200301')"));
        // No house reading in November: no common-property charge; no reading of HV-0001 (only 2 real ones): the norm.
        assertEquals("14.235000", nov.get("100200301;HVS")[4]);
        assertEquals("", nov.get("100200301;HVS")[5]);
        // That estimate is kept for the meter, for its own service and for the sewerage it feeds, to be given back
        // when its reading returns: 3 residents × 4.745 = 14.235 m³ × 36.05 = 513.17, × 25.48 = 362.71.
        assertEquals(List.of("HVS|14.235000|513.17", "VO|14.235000|362.71"), TestOrganization.query("SELECT x.code, e.volume, e.amount"
                + " FROM meter_estimate e JOIN meter m ON m.id = e.meter_id JOIN service x ON x.id = e.service_id WHERE m.organization_id = "
                + org.id + " AND m.serial = 'HV-0001' AND e.period = '2026-11-01' ORDER BY x.code"));
        assertTrue(nov.keySet().stream().noneMatch(k -> k.endsWith(";PENI")), "nothing is 30 days late yet");
    }

    /**
     * A building whose month is already recorded as billed (a chunk that committed before a crash, its checkpoint lost)
     * is not billed again: the close writes the other building's rows only, and records it as billed too.
     */
    @Test
    void aBuildingRecordedAsBilledIsNotBilledAgain() throws Exception {
        TestOrganization org = octoberOpen();
        TestOrganization.update("INSERT INTO building_billed (building_id, period) SELECT id, '2026-10-01' FROM building"
                + " WHERE organization_id = " + org.id + " AND code = 'B002'");

        assertEquals("COMPLETED", close(org, "2026-10").getString("status"));
        assertEquals(List.of("B001|24"), TestOrganization.query("SELECT b.code, COUNT(*) FROM charge ch JOIN personal_account a"
                + " ON a.id = ch.account_id JOIN premises p ON p.id = a.premises_id JOIN building b ON b.id = p.building_id"
                + " WHERE a.organization_id = " + org.id + " GROUP BY b.code"));
        assertEquals(List.of("B001|2026-10-01", "B002|2026-10-01"), TestOrganization.query("SELECT b.code, d.period FROM building_billed d"
                + " JOIN building b ON b.id = d.building_id WHERE b.organization_id = " + org.id + " ORDER BY b.code"));
    }

    /**
     * A close does not start while payments are being written (a registry being applied, a card payment posted): its
     * mark would number past a payment it cannot see yet, which no later close would then look at. It is refused once
     * the lock wait ends; started again after they commit, it applies them.
     */
    @Test
    void aCloseDoesNotStartWhilePaymentsAreBeingWritten() throws Exception {
        TestOrganization org = octoberOpen();
        try (java.sql.Connection c = TestOrganization.connection()) {
            c.setAutoCommit(false);
            // What the registry's apply and a card payment do first (PaymentMark.beforeWritingPayments).
            try (java.sql.Statement st = c.createStatement()) {
                st.executeQuery("SELECT id FROM organization WHERE id = " + org.id + " LOCK IN SHARE MODE").close();
                st.executeUpdate("INSERT INTO payment (organization_id, external_id, paid_on, account_id, amount) SELECT organization_id,"
                        + " 'IT-LOCK-1', '2026-10-20', id, 100.00 FROM personal_account WHERE organization_id = " + org.id
                        + " AND number = '100200301'");
            }
            StaffApi.Answer refused = StaffApi.ADMIN.postJson("/api/staff/periods/2026-10/close?organization=" + org.code, "");
            assertEquals(409, refused.status(), refused.body());
            assertTrue(refused.body().contains("Период 2026-10 не закрыт: идёт запись платежей"), refused.body());
            c.commit();
        }
        assertEquals(List.of("OPEN"), TestOrganization.query("SELECT status FROM billing_period WHERE organization_id = " + org.id));

        assertEquals("COMPLETED", close(org, "2026-10").getString("status"));
        assertEquals(List.of("100.00"), TestOrganization.query("SELECT SUM(amount) FROM (" + TestOrganization.allocationParts(
                "y.organization_id = " + org.id + " AND y.external_id = 'IT-LOCK-1'") + ") parts"));
        assertEquals(List.of("1"), TestOrganization.query("SELECT COUNT(*) FROM billing_period WHERE organization_id = " + org.id
                + " AND period = '2026-10-01' AND payments_through >= (SELECT id FROM payment WHERE organization_id = " + org.id
                + " AND external_id = 'IT-LOCK-1')"));
    }

    /**
     * The close fails midway (a statement row it must write is locked by another transaction past the lock timeout);
     * the period stays CLOSING and a second start is refused while it runs; started again, the close resumes and the
     * turnover is exactly that of a clean run.
     */
    @Test
    void aCloseRestartedAfterAFailureEndsWithTheRowsOfACleanRun() throws Exception {
        TestOrganization org = octoberOpen();
        try (java.sql.Connection c = TestOrganization.connection()) {
            c.setAutoCommit(false);
            try (java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO account_statement (account_id, service_id, period, opening,"
                    + " charged, recalculated, paid, closing) SELECT a.id, x.id, '2026-10-01', 0, 0, 0, 0, 0 FROM personal_account a"
                    + " JOIN service x ON x.organization_id = a.organization_id AND x.code = 'MAINT' WHERE a.organization_id = ?"
                    + " AND a.number = '100200402'")) {
                ps.setLong(1, org.id);
                ps.executeUpdate();
            }
            JsonObject failed = close(org, "2026-10");
            assertEquals("FAILED", failed.getString("status"), failed.toString());
            c.rollback();
        }
        assertEquals(List.of("CLOSING"), TestOrganization.query("SELECT status FROM billing_period WHERE organization_id = " + org.id));
        // Building B001 (the other partition) was billed and checkpointed; B002's failed chunk wrote nothing.
        assertEquals(List.of("B001|24"), TestOrganization.query("SELECT b.code, COUNT(*) FROM charge ch JOIN personal_account a"
                + " ON a.id = ch.account_id JOIN premises p ON p.id = a.premises_id JOIN building b ON b.id = p.building_id"
                + " WHERE a.organization_id = " + org.id + " GROUP BY b.code"));

        JsonObject resumed = close(org, "2026-10");
        assertEquals("COMPLETED", resumed.getString("status"), resumed.toString());
        assertEquals(OCTOBER, StaffApi.ADMIN.get("/api/staff/reports/turnover/2026-10?organization=" + org.code).body());
        assertEquals(List.of("2026-10|CLOSED", "2026-11|OPEN"), TestOrganization.query("SELECT DATE_FORMAT(period, '%Y-%m'), status"
                + " FROM billing_period WHERE organization_id = " + org.id + " ORDER BY period"));
    }

    /**
     * December is the first month with late fees (October's unpaid debts are 30 days late), and the organization has
     * no key rate: the close fails while an account's charges wait in the batch of a pooled statement. Once the rates
     * are loaded, the restarted close ends with exactly the rows of a clean run, none of those waiting charges sent twice
     * or under another building.
     */
    @Test
    void aCloseThatFailedForWantOfAKeyRateEndsLikeACleanRunOnceTheRatesAreLoaded() throws Exception {
        TestOrganization clean = TestOrganization.create();
        TestOrganization org = TestOrganization.create();
        for (TestOrganization o : List.of(clean, org)) {
            o.importAllSamples();
            assertEquals(201, StaffApi.ADMIN.postJson("/api/staff/periods/2026-10/open?organization=" + o.code, "").status());
        }
        TestOrganization.update("DELETE FROM key_rate WHERE organization_id = " + org.id);
        for (TestOrganization o : List.of(clean, org)) {
            assertEquals("COMPLETED", close(o, "2026-10").getString("status"));
            assertEquals("COMPLETED", close(o, "2026-11").getString("status"));
        }
        assertEquals("COMPLETED", close(clean, "2026-12").getString("status"));

        assertEquals("FAILED", close(org, "2026-12").getString("status"));
        assertEquals(List.of("0"), TestOrganization.query("SELECT COUNT(*) FROM charge ch JOIN personal_account a ON a.id = ch.account_id"
                + " WHERE a.organization_id = " + org.id + " AND ch.period = '2026-12-01'"));
        assertEquals("COMPLETED", org.importSample("key_rates").getString("status"));
        assertEquals("COMPLETED", close(org, "2026-12").getString("status"));

        String december = StaffApi.ADMIN.get("/api/staff/reports/turnover/2026-12?organization=" + clean.code).body();
        assertTrue(december.contains(";PENI;"), "December has late fees: " + december);
        assertEquals(december, StaffApi.ADMIN.get("/api/staff/reports/turnover/2026-12?organization=" + org.code).body());
    }

    /**
     * HV-0001 has no reading in November (billed by the norm) and one in December, whose line gives November's estimate
     * back. 100200301 paid 6 125.40 of October's 8 047.34 and nothing since, so January's close sums its history from
     * October into its debts: the estimate given back stays given back, and January opens with December's closing on
     * every line.
     */
    @Test
    void anEstimateGivenBackStaysGivenBackInTheMonthsAfter() throws Exception {
        TestOrganization org = octoberOpen();
        for (String month : List.of("2026-10", "2026-11")) {
            assertEquals("COMPLETED", close(org, month).getString("status"), month);
        }
        JsonObject december = org.importFile("readings", "serial;period;reading;taken_on\nHV-0001;2026-12;330,000;20.12.2026\n");
        assertEquals("COMPLETED", december.getString("status"), december.toString());
        for (String month : List.of("2026-12", "2027-01")) {
            assertEquals("COMPLETED", close(org, month).getString("status"), month);
        }
        Map<String, String[]> dec = rows(StaffApi.ADMIN.get("/api/staff/reports/turnover/2026-12?organization=" + org.code).body());
        Map<String, String[]> jan = rows(StaffApi.ADMIN.get("/api/staff/reports/turnover/2027-01?organization=" + org.code).body());
        // November's norm given back on December's lines: 513.17 of cold water and 362.71 of the sewerage it feeds.
        assertEquals("-513.17", dec.get("100200301;HVS")[7]);
        assertEquals("-362.71", dec.get("100200301;VO")[7]);
        assertEquals(List.of("2026-10"), TestOrganization.query("SELECT DISTINCT DATE_FORMAT(s.oldest_open_period, '%Y-%m')"
                + " FROM account_statement s JOIN personal_account a ON a.id = s.account_id WHERE a.number = '100200301'"
                + " AND a.organization_id = " + org.id + " AND s.period = '2026-12-01'"), "100200301 still owes for October in January");
        for (var e : jan.entrySet()) {
            assertEquals(dec.containsKey(e.getKey()) ? dec.get(e.getKey())[9] : "0.00", e.getValue()[3], e.getKey() + " opening");
        }
    }

    @Test
    void onlyTheOpenPeriodCanBeClosed() {
        TestOrganization org = TestOrganization.create();
        StaffApi.Answer none = StaffApi.ADMIN.postJson("/api/staff/periods/2026-10/close?organization=" + org.code, "");
        assertEquals(409, none.status());
        assertEquals("Период 2026-10 не открыт: закрыть можно только открытый период", none.json().getString("message"));
        assertEquals(403, StaffApi.OPERATOR.postJson("/api/staff/periods/2026-10/close", "").status());
    }

    /** A new organization with the sample files loaded and October 2026 open. */
    private static TestOrganization octoberOpen() {
        TestOrganization org = TestOrganization.create();
        org.importAllSamples();
        assertEquals(201, StaffApi.ADMIN.postJson("/api/staff/periods/2026-10/open?organization=" + org.code, "").status());
        return org;
    }

    private static JsonObject close(TestOrganization org, String month) {
        StaffApi.Answer started = StaffApi.ADMIN.postJson("/api/staff/periods/" + month + "/close?organization=" + org.code, "");
        assertEquals(202, started.status(), started.body());
        return TestOrganization.awaitJob(started.json().getString("id"));
    }

    private static Map<String, String[]> rows(String csv) {
        Map<String, String[]> rows = new HashMap<>();
        for (String line : csv.split("\n")) {
            if (!line.startsWith("period;")) {
                String[] f = line.split(";", -1);
                rows.put(f[1] + ";" + f[2], f);
            }
        }
        return rows;
    }
}
