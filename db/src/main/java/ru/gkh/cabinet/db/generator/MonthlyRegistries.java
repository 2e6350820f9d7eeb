package ru.gkh.cabinet.db.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The generated payments, one part file per month paid for, joined in month order into one file: the year reads as a
 * bank's monthly registries one after another, each listing its month's payments, as a company that loads them every
 * month would have them. Written account by account, a year's payments would come account by account instead, and
 * the payments of any one month would be numbered all across the year's ids, unlike any registry.
 */
final class MonthlyRegistries implements AutoCloseable {

    private final Writer[] parts;

    MonthlyRegistries(Path dir, int months) throws IOException {
        parts = new Writer[months];
        for (int m = 0; m < months; m++) {
            parts[m] = BillingDataGenerator.writer(part(dir, m));
        }
    }

    /** The registry of the {@code m}-th month of the data (from 0). */
    Writer of(int m) {
        return parts[m];
    }

    @Override
    public void close() throws IOException {
        for (Writer w : parts) {
            w.close();
        }
    }

    /** Writes {@code name} from the header and the closed parts in month order, and deletes the parts. */
    static void join(Path dir, int months, String name, String header) throws IOException {
        try (OutputStream out = Files.newOutputStream(dir.resolve(name))) {
            out.write((header + "\n").getBytes(StandardCharsets.UTF_8));
            for (int m = 0; m < months; m++) {
                Files.copy(part(dir, m), out);
                Files.delete(part(dir, m));
            }
        }
    }

    private static Path part(Path dir, int m) {
        return dir.resolve("payments." + m + ".part");
    }
}
