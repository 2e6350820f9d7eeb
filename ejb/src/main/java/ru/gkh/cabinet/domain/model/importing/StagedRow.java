package ru.gkh.cabinet.domain.model.importing;

import java.io.Serializable;

/**
 * A row that passed the format checks, normalised (ISO dates, plain decimals) into the positional
 * values the apply step reads, with the natural key that must be unique within the file.
 */
public record StagedRow(int line, String key, String[] values) implements Serializable {

    public static final int WIDTH = 13;

    public static StagedRow of(int line, String key, Object... values) {
        if (values.length > WIDTH) {
            throw new IllegalArgumentException("at most " + WIDTH + " values");
        }
        String[] v = new String[WIDTH];
        for (int i = 0; i < values.length; i++) {
            Object o = values[i];
            v[i] = o == null ? null : (o instanceof java.math.BigDecimal d ? d.toPlainString() : o.toString());
        }
        return new StagedRow(line, key, v);
    }
}
