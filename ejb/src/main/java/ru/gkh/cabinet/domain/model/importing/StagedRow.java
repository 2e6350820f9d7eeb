package ru.gkh.cabinet.domain.model.importing;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * A row that passed the format checks, normalised (ISO dates, plain decimals) into the positional
 * values the apply step reads, with the natural key that must be unique within the file.
 */
public record StagedRow(int line, String key, String[] values) implements Serializable {

    public static final int WIDTH = 13;

    /** The staging table's widths (import_staging: row_key VARCHAR(700), v1…v13 VARCHAR(500)). */
    static final int KEY_LENGTH = 700;
    static final int VALUE_LENGTH = 500;

    public static StagedRow of(int line, String key, Object... values) {
        if (values.length > WIDTH) {
            throw new IllegalArgumentException("at most " + WIDTH + " values");
        }
        // The format's rules bound every field; a value past the column would be cut by the staging INSERT IGNORE.
        if (key.length() > KEY_LENGTH) {
            throw new IllegalArgumentException("key of line " + line + " longer than " + KEY_LENGTH);
        }
        String[] v = new String[WIDTH];
        for (int i = 0; i < values.length; i++) {
            Object o = values[i];
            v[i] = o == null ? null : (o instanceof java.math.BigDecimal d ? d.toPlainString() : o.toString());
            if (v[i] != null && v[i].length() > VALUE_LENGTH) {
                throw new IllegalArgumentException("value " + (i + 1) + " of line " + line + " longer than " + VALUE_LENGTH);
            }
        }
        return new StagedRow(line, key, v);
    }

    /**
     * The key as the database compares it: its natural keys are unique under a case-insensitive Unicode collation,
     * where «Ё» is «Е», so two rows whose keys differ only so are the same row.
     */
    public static String comparableKey(String key) {
        return key.toUpperCase(Locale.ROOT).replace('Ё', 'Е');
    }

    /** A 64-bit hash of the comparable key: duplicates are grouped by it, and rows of one hash compared by their keys. */
    public long keyHash() {
        return MurmurHash3.hash128x64(comparableKey(key).getBytes(StandardCharsets.UTF_8))[0];
    }

    /** How many values the row has, trailing empty ones not counted. */
    public int width() {
        int w = values.length;
        while (w > 0 && values[w - 1] == null) {
            w--;
        }
        return w;
    }
}
