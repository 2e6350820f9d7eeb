package ru.gkh.cabinet.application.importing;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import ru.gkh.cabinet.domain.model.importing.ImportProblem;

/** What an import did: the API's import state and the staff page's report. */
public record ImportReport(String id, String type, String typeTitle, String fileName, long fileSize, String charset,
                           String status, int rowsRead, int rowsApplied, int rowsRejected, Long jobExecutionId,
                           String startedBy, Instant startedAt, Instant endedAt, String message,
                           List<ImportProblem> errors, int errorCount) implements Serializable {

    public boolean finished() {
        return !"STARTED".equals(status);
    }
}
