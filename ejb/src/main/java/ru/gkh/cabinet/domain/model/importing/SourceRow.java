package ru.gkh.cabinet.domain.model.importing;

import java.util.Map;

/** One data row of an import file: its line number and its fields by lower-case column name. */
public final class SourceRow {

    private final int line;
    private final Map<String, String> fields;

    public SourceRow(int line, Map<String, String> fields) {
        this.line = line;
        this.fields = fields;
    }

    public int line() {
        return line;
    }

    /** The stripped value, or null when the column is absent or blank. */
    public String optional(String column) {
        String v = fields.get(column);
        if (v == null) {
            return null;
        }
        v = v.strip();
        return v.isEmpty() ? null : v;
    }

    public String required(String column) {
        String v = optional(column);
        if (v == null) {
            throw new RowRejected(column, "обязательное поле не заполнено");
        }
        return v;
    }
}
