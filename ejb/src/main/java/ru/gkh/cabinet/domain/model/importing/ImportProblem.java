package ru.gkh.cabinet.domain.model.importing;

import java.io.Serializable;

/** A rejected row (or a warning) of an import: line, column, and the reason in Russian. */
public record ImportProblem(int line, String column, String message, boolean warning) implements Serializable {

    public static ImportProblem error(int line, String column, String message) {
        return new ImportProblem(line, column, message, false);
    }

    public static ImportProblem warning(int line, String column, String message) {
        return new ImportProblem(line, column, message, true);
    }
}
