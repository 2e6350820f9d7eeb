package ru.gkh.cabinet.db.generator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BillingDataGeneratorTest {

    @TempDir
    Path dir;

    @Test
    void paymentsComeAsMonthlyRegistriesOneAfterAnother() throws IOException {
        BillingDataGenerator.Counts counts = new BillingDataGenerator(250, YearMonth.of(2026, 10), 12, dir.resolve("a")).write();

        List<String> lines = Files.readAllLines(dir.resolve("a/payments.csv"));
        assertEquals("payment_id;paid_on;account_number;amount;period;channel", lines.get(0));
        assertEquals(counts.payments, lines.size() - 1);
        // 250 accounts, 12 months, each paid in 85 % of months: some 2,550 payments.
        assertTrue(counts.payments > 2_300 && counts.payments < 2_800, "payments: " + counts.payments);
        YearMonth previous = YearMonth.of(2025, 11);
        Set<String> months = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(";");
            YearMonth period = YearMonth.parse(f[4]);
            assertTrue(!period.isBefore(previous), "month " + period + " after " + previous + ": " + line);
            // Paid in the month after the one it pays for, as the registry of that month lists it.
            assertEquals(period.plusMonths(1), YearMonth.of(Integer.parseInt(f[1].substring(6)), Integer.parseInt(f[1].substring(3, 5))), line);
            assertTrue(ids.add(f[0]), "repeated id " + f[0]);
            months.add(f[4]);
            previous = period;
        }
        assertEquals(12, months.size());
        try (Stream<Path> files = Files.list(dir.resolve("a"))) {
            assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".part")).toList());
        }
    }

    @Test
    void theSameSizeAndPeriodWriteTheSameFiles() throws IOException {
        new BillingDataGenerator(120, YearMonth.of(2026, 10), 12, dir.resolve("a")).write();
        new BillingDataGenerator(120, YearMonth.of(2026, 10), 12, dir.resolve("b")).write();
        for (String file : new String[] {"accounts.csv", "meters.csv", "readings.csv", "payments.csv", "recalculations.csv"}) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(file)), Files.readAllBytes(dir.resolve("b").resolve(file)), file);
        }
    }
}
