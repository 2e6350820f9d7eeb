package ru.gkh.cabinet.domain.model.importing;

/** A value of a row that breaks the format: names the column and says why, in Russian for the accountant. */
public class RowRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String column;

    public RowRejected(String column, String message) {
        super(message, null, false, false);
        this.column = column;
    }

    public String column() {
        return column;
    }
}
