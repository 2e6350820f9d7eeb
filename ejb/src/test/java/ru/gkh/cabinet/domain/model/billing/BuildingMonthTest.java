package ru.gkh.cabinet.domain.model.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Building B001 of shared/samples billed for October 2026 (September's readings are history): every method, the
 * sewerage sum, the 1.5 factor, the norm for a missing meter, and the capped common-property shares. The expected
 * amounts are worked out in the comments.
 */
class BuildingMonthTest {

    private static final BillingMonth OCTOBER = BillingMonth.of(2026, 10);

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static Meter meter(String serial, String service, int digits, String initial, String september, String october) {
        Map<YearMonth, Meter.Reading> readings = new TreeMap<>();
        readings.put(YearMonth.of(2026, 9), new Meter.Reading(d(september), LocalDate.of(2026, 9, 20)));
        if (october != null) {
            readings.put(YearMonth.of(2026, 10), new Meter.Reading(d(october), LocalDate.of(2026, 10, 20)));
        }
        return new Meter(serial, service, digits, LocalDate.of(2020, 3, 10), LocalDate.of(2032, 3, 10), d(initial), readings);
    }

    private static List<Tariff> tariffs() {
        return List.of(
                new Tariff("CAPREP", Tariff.Method.AREA, d("14.20"), null, null, null),
                new Tariff("EL", Tariff.Method.METERED, d("5.56"), d("65"), null, null),
                new Tariff("GVS", Tariff.Method.METERED, d("231.09"), d("3.5"), d("0.021"), null),
                new Tariff("HEAT", Tariff.Method.AREA, d("46.85"), null, null, null),
                new Tariff("HVS", Tariff.Method.METERED, d("36.05"), d("4.745"), d("0.027"), null),
                new Tariff("MAINT", Tariff.Method.AREA, d("31.47"), null, null, null),
                new Tariff("TKO", Tariff.Method.PER_RESIDENT, d("148.27"), null, null, null),
                new Tariff("VO", Tariff.Method.METERED, d("25.48"), d("8.245"), null, List.of("HVS", "GVS")));
    }

    private static List<Premises> accounts() {
        return List.of(
                new Premises("100200301", d("54.30"), 3, false, LocalDate.of(2015, 2, 1), null, List.of(
                        meter("HV-0001", "HVS", 5, "0", "305.210", "312.456"),
                        meter("GV-0001", "GVS", 5, "0", "197.400", "201.100"),
                        meter("EL-0001", "EL", 6, "1000", "15020.0", "15230.5"))),
                new Premises("100200302", d("41.00"), 1, false, LocalDate.of(2015, 2, 1), null, List.of(
                        meter("HV-0002", "HVS", 5, "15.2", "60.900", "65.000"))),
                new Premises("100200303", d("72.80"), 4, true, LocalDate.of(2019, 6, 15), null, List.of()));
    }

    private static Map<String, ChargeLine> byKey(List<ChargeLine> lines) {
        Map<String, ChargeLine> m = new TreeMap<>();
        lines.forEach(l -> m.put(l.account() + "/" + l.service(), l));
        return m;
    }

    @Test
    void octoberOfBuildingB001() {
        Meter house = meter("ODPU-HV-B001", "HVS", 8, "120000", "131420.00", "131520.40");
        BuildingMonth building = new BuildingMonth(OCTOBER, d("2450.50"), d("610.00"), tariffs(), Map.of("HVS", List.of(house)));
        Map<String, ChargeLine> lines = byKey(building.charge(accounts()));
        assertEquals(24, lines.size());

        // 100200301, all metered: HVS 7.246 × 36.05 = 261.2183; GVS 3.7 × 231.09 = 855.033; EL 210.5 × 5.56 = 1170.38;
        // VO (7.246 + 3.7) × 25.48 = 278.90408; HEAT 54.3 × 46.85 = 2543.955; TKO 3 × 148.27.
        assertLine(lines.get("100200301/HVS"), "7.246000", "261.22", "READING");
        assertLine(lines.get("100200301/GVS"), "3.700000", "855.03", "READING");
        assertLine(lines.get("100200301/EL"), "210.500000", "1170.38", "READING");
        assertLine(lines.get("100200301/VO"), "10.946000", "278.90", "READING");
        assertEquals(d("2543.96"), lines.get("100200301/HEAT").amount());
        assertEquals(d("1708.82"), lines.get("100200301/MAINT").amount());
        assertEquals(d("771.06"), lines.get("100200301/CAPREP").amount());
        assertEquals(d("444.81"), lines.get("100200301/TKO").amount());
        assertEquals(d("3"), lines.get("100200301/TKO").volume());

        // 100200302: cold water read (4.1 × 36.05 = 147.805), hot water and electricity by norm for 1 resident
        // (3.5 × 231.09 = 808.815; 65 × 5.56 = 361.40), sewerage mixed (7.6 × 25.48 = 193.648).
        assertLine(lines.get("100200302/HVS"), "4.100000", "147.81", "READING");
        assertLine(lines.get("100200302/GVS"), "3.500000", "808.82", "NORM");
        assertLine(lines.get("100200302/EL"), "65.000000", "361.40", "NORM");
        assertLine(lines.get("100200302/VO"), "7.600000", "193.65", "MIXED");

        // 100200303: no meters where one is possible: norm × 4 residents × 1.5 (HVS 28.47 × 36.05 = 1026.3435;
        // GVS 21 × 231.09 = 4852.89; EL 390 × 5.56 = 2168.40); sewerage sums the sources before the factor:
        // (18.98 + 14) × 25.48 = 840.3304.
        assertLine(lines.get("100200303/HVS"), "28.470000", "1026.34", "NORM");
        assertLine(lines.get("100200303/GVS"), "21.000000", "4852.89", "NORM");
        assertLine(lines.get("100200303/EL"), "390.000000", "2168.40", "NORM");
        assertLine(lines.get("100200303/VO"), "32.980000", "840.33", "NORM");

        // Common cold water: house 131520.40 − 131420.00 = 100.4; individual 7.246 + 4.1 + 18.98 = 30.326 (before the
        // factor); common 70.074. Each share is capped by 0.027 × 610 × area ÷ 2450.5:
        // 54.3 → 0.364954 (× 36.05 = 13.16), 41 → 0.275564 (9.93), 72.8 → 0.489294 (17.64).
        assertCommon(lines.get("100200301/HVS"), "0.364954", "13.16");
        assertCommon(lines.get("100200302/HVS"), "0.275564", "9.93");
        assertCommon(lines.get("100200303/HVS"), "0.489294", "17.64");
        assertEquals(d("274.38"), lines.get("100200301/HVS").charged());
        // No house meter for hot water: no common charge.
        assertEquals(null, lines.get("100200301/GVS").commonVolume());
    }

    @Test
    void aHouseMeterWithoutAReadingThisMonthGivesNoCommonCharge() {
        Meter house = meter("ODPU-HV-B001", "HVS", 8, "120000", "131420.00", null);
        List<ChargeLine> lines = new BuildingMonth(OCTOBER, d("2450.50"), d("610.00"), tariffs(), Map.of("HVS", List.of(house))).charge(accounts());
        assertEquals(List.of(), lines.stream().filter(l -> l.commonVolume() != null).toList());
    }

    @Test
    void aMissingReadingIsReplacedByTheAverageForThreeMonthsThenByTheNorm() {
        Map<YearMonth, Meter.Reading> readings = new TreeMap<>();
        // Readings for April–July 2026: volumes (from 100) 5, 6, 4, 5 → average of the 6 months before October over
        // the months with a reading (May–July in the window April–September: 6, 4, 5, and April's 5) = 20 / 4 = 5.
        String[][] values = {{"2026-04", "105"}, {"2026-05", "111"}, {"2026-06", "115"}, {"2026-07", "120"}};
        for (String[] v : values) {
            readings.put(YearMonth.parse(v[0]), new Meter.Reading(d(v[1]), null));
        }
        Meter m = new Meter("HV-1", "HVS", 5, LocalDate.of(2020, 1, 1), null, d("100"), readings);
        // August, September, October without a reading: October is the third month → still the average.
        assertEquals(3, m.monthsWithoutReading(OCTOBER));
        assertEquals(d("5.000000"), MeteredVolume.average(m.recentVolumes(OCTOBER)).orElseThrow());
        Premises p = new Premises("1", d("50"), 2, false, null, null, List.of(m));
        List<Tariff> hvs = List.of(new Tariff("HVS", Tariff.Method.METERED, d("36.05"), d("4.745"), null, null));
        ChargeLine october = new BuildingMonth(OCTOBER, d("1000"), null, hvs, Map.of()).charge(List.of(p)).get(0);
        assertLine(october, "5.000000", "180.25", "AVERAGE");
        // November is the fourth: the norm, 2 × 4.745 = 9.49 × 36.05 = 342.1145 → 342.11 (never × 1.5 with a meter).
        ChargeLine november = new BuildingMonth(OCTOBER.next(), d("1000"), null, hvs, Map.of()).charge(List.of(p)).get(0);
        assertLine(november, "9.490000", "342.11", "NORM");
    }

    @Test
    void aReadingAfterSubstitutedMonthsChargesTheWholeSpanAndReversesTheirAmounts() {
        Map<YearMonth, Meter.Reading> readings = new TreeMap<>();
        readings.put(YearMonth.of(2026, 7), new Meter.Reading(d("120"), null));
        readings.put(YearMonth.of(2026, 10), new Meter.Reading(d("137.5"), null));
        Meter m = new Meter("HV-1", "HVS", 5, LocalDate.of(2020, 1, 1), null, d("100"), readings);
        assertEquals(List.of(YearMonth.of(2026, 8), YearMonth.of(2026, 9)), m.substitutedBefore(OCTOBER));
        // August and September were charged by average (5 m³ × 36.05 = 180.25 each), sewerage by norm.
        Map<String, Map<YearMonth, BigDecimal>> estimated = Map.of(
                "HVS", Map.of(YearMonth.of(2026, 8), d("180.25"), YearMonth.of(2026, 9), d("180.25")),
                "VO", Map.of(YearMonth.of(2026, 8), d("127.40"), YearMonth.of(2026, 9), d("127.40")));
        // Closed before estimates were kept per meter: each month is given back whole.
        Premises p = new Premises("1", d("50"), 2, false, null, null, List.of(m), estimated, Map.of());
        List<Tariff> tariffs = List.of(new Tariff("HVS", Tariff.Method.METERED, d("36.05"), d("4.745"), null, null),
                new Tariff("VO", Tariff.Method.METERED, d("25.48"), d("8.245"), null, List.of("HVS")));
        Map<String, ChargeLine> lines = byKey(new BuildingMonth(OCTOBER, d("1000"), null, tariffs, Map.of()).charge(List.of(p)));
        // October measures July → October: 17.5 m³ × 36.05 = 630.875 → 630.88, and gives back 2 × 180.25.
        assertLine(lines.get("1/HVS"), "17.500000", "630.88", "READING");
        assertEquals(d("-360.50"), lines.get("1/HVS").reversal());
        // Sewerage likewise: 17.5 × 25.48 = 445.90, its two estimated months reversed.
        assertLine(lines.get("1/VO"), "17.500000", "445.90", "READING");
        assertEquals(d("-254.80"), lines.get("1/VO").reversal());
    }

    @Test
    void twoMetersOfOneServiceGiveBackOnlyTheirOwnEstimatesEachOnceWhenTheirReadingsReturnInDifferentMonths() {
        // Kitchen and bathroom cold water, both read in May–July (3 and 2 m³ a month), both silent in August and
        // September (charged by average: K1 3 m³ × 36.05 = 108.15, K2 2 m³ × 36.05 = 72.10; sewerage the same
        // volumes × 25.48 = 76.44 and 50.96), kept per meter.
        Map<YearMonth, Meter.Reading> k1 = new TreeMap<>(Map.of(YearMonth.of(2026, 5), new Meter.Reading(d("100"), null),
                YearMonth.of(2026, 6), new Meter.Reading(d("103"), null), YearMonth.of(2026, 7), new Meter.Reading(d("106"), null),
                YearMonth.of(2026, 10), new Meter.Reading(d("117"), null), YearMonth.of(2026, 11), new Meter.Reading(d("120"), null)));
        Map<YearMonth, Meter.Reading> k2 = new TreeMap<>(Map.of(YearMonth.of(2026, 5), new Meter.Reading(d("100"), null),
                YearMonth.of(2026, 6), new Meter.Reading(d("102"), null), YearMonth.of(2026, 7), new Meter.Reading(d("104"), null),
                YearMonth.of(2026, 11), new Meter.Reading(d("112"), null)));
        List<Meter> meters = List.of(new Meter("K1", "HVS", 5, LocalDate.of(2020, 1, 1), null, d("97"), k1),
                new Meter("K2", "HVS", 5, LocalDate.of(2020, 1, 1), null, d("98"), k2));
        YearMonth aug = YearMonth.of(2026, 8);
        YearMonth sep = YearMonth.of(2026, 9);
        Map<String, Map<String, Map<YearMonth, BigDecimal>>> kept = new TreeMap<>(Map.of(
                "K1", Map.of("HVS", Map.of(aug, d("108.15"), sep, d("108.15")), "VO", Map.of(aug, d("76.44"), sep, d("76.44"))),
                "K2", Map.of("HVS", Map.of(aug, d("72.10"), sep, d("72.10")), "VO", Map.of(aug, d("50.96"), sep, d("50.96")))));
        // The months' whole charges (5 m³: 180.25 and 127.40) are there too, and must not be given back again.
        Map<String, Map<YearMonth, BigDecimal>> whole = Map.of("HVS", Map.of(aug, d("180.25"), sep, d("180.25")),
                "VO", Map.of(aug, d("127.40"), sep, d("127.40")));
        List<Tariff> tariffs = List.of(new Tariff("HVS", Tariff.Method.METERED, d("36.05"), d("4.745"), null, null),
                new Tariff("VO", Tariff.Method.METERED, d("25.48"), d("8.245"), null, List.of("HVS")));

        // October: K1 is back (117 − 106 = 11 m³ for July → October), K2 still silent (its average, 2 m³):
        // 13 m³ × 36.05 = 468.65, sewerage 13 × 25.48 = 331.24; only K1's August and September are given back.
        Premises october = new Premises("1", d("50"), 2, false, null, null, meters, whole, kept);
        Map<String, ChargeLine> oct = byKey(new BuildingMonth(OCTOBER, d("1000"), null, tariffs, Map.of()).charge(List.of(october)));
        assertLine(oct.get("1/HVS"), "13.000000", "468.65", "MIXED");
        assertEquals(d("-216.30"), oct.get("1/HVS").reversal());
        assertEquals(List.of(new ChargeLine.MeterEstimate("K2", d("2.000000"), d("72.10"))), oct.get("1/HVS").estimates());
        assertLine(oct.get("1/VO"), "13.000000", "331.24", "MIXED");
        assertEquals(d("-152.88"), oct.get("1/VO").reversal());
        assertEquals(List.of(new ChargeLine.MeterEstimate("K2", d("2.000000"), d("50.96"))), oct.get("1/VO").estimates());

        // November: K2 is back (112 − 104 = 8 m³ for July → November), K1 read (3 m³): 11 × 36.05 = 396.55, sewerage
        // 11 × 25.48 = 280.28; K2's three estimates are given back (3 × 72.10, 3 × 50.96), K1's August and September
        // not a second time.
        kept.put("K2", Map.of("HVS", Map.of(aug, d("72.10"), sep, d("72.10"), YearMonth.of(2026, 10), d("72.10")),
                "VO", Map.of(aug, d("50.96"), sep, d("50.96"), YearMonth.of(2026, 10), d("50.96"))));
        Premises november = new Premises("1", d("50"), 2, false, null, null, meters, whole, kept);
        Map<String, ChargeLine> nov = byKey(new BuildingMonth(OCTOBER.next(), d("1000"), null, tariffs, Map.of()).charge(List.of(november)));
        assertLine(nov.get("1/HVS"), "11.000000", "396.55", "READING");
        assertEquals(d("-216.30"), nov.get("1/HVS").reversal());
        assertLine(nov.get("1/VO"), "11.000000", "280.28", "READING");
        assertEquals(d("-152.88"), nov.get("1/VO").reversal());
        assertEquals(List.of(), nov.get("1/HVS").estimates());
    }

    @Test
    void anAccountOpenPartOfTheMonthPaysForItsDaysAndAClosedOneNothing() {
        List<Tariff> maint = List.of(new Tariff("MAINT", Tariff.Method.AREA, d("31.47"), null, null, null));
        List<Premises> accounts = new ArrayList<>(List.of(
                new Premises("A", d("54.30"), 1, false, LocalDate.of(2026, 10, 20), null, List.of()),
                new Premises("B", d("54.30"), 1, false, null, LocalDate.of(2026, 9, 30), List.of())));
        List<ChargeLine> lines = new BuildingMonth(OCTOBER, d("1000"), null, maint, Map.of()).charge(accounts);
        assertEquals(1, lines.size());
        // 54.3 × 31.47 × 12 / 31 = 661.479…
        assertEquals(d("661.48"), lines.get(0).amount());
    }

    private static void assertLine(ChargeLine line, String volume, String amount, String basis) {
        assertEquals(d(volume), line.volume(), line.account() + "/" + line.service() + " volume");
        assertEquals(d(amount), line.amount(), line.account() + "/" + line.service() + " amount");
        assertEquals(basis, line.basis(), line.account() + "/" + line.service() + " basis");
    }

    private static void assertCommon(ChargeLine line, String volume, String amount) {
        assertEquals(d(volume), line.commonVolume(), line.account() + " common volume");
        assertEquals(d(amount), line.commonAmount(), line.account() + " common amount");
    }
}
