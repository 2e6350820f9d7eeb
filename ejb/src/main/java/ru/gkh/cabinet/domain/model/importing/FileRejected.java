package ru.gkh.cabinet.domain.model.importing;

/** A file that cannot be read as an import at all (empty, binary, wrong header): no row of it is applied. */
public class FileRejected extends Exception {

    private static final long serialVersionUID = 1L;

    private final ImportProblem problem;

    public FileRejected(int line, String column, String message) {
        super(message);
        this.problem = ImportProblem.error(line, column, message);
    }

    public ImportProblem problem() {
        return problem;
    }
}
