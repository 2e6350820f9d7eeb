package ru.gkh.cabinet.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import ru.gkh.cabinet.application.Organizations;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.importing.BillingImports;
import ru.gkh.cabinet.application.importing.ImportReport;
import ru.gkh.cabinet.batch.importing.ImportLauncher;
import ru.gkh.cabinet.domain.model.importing.ImportType;
import ru.gkh.cabinet.web.security.CurrentStaff;

/** The accountant uploads a billing-data file, watches its import run, and reads its report and the past imports. */
@Named
@ViewScoped
public class ImportBillingData implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").withZone(ZoneId.systemDefault());

    @Inject
    CurrentStaff staff;

    @Inject
    ActingOrganization acting;

    @EJB
    private ImportLauncher launcher;

    @EJB
    private BillingImports imports;

    @EJB
    private Organizations organizations;

    private String type = ImportType.BUILDINGS.path();
    private transient Part file;
    private String selectedId;
    private ImportReport selected;

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Messages.fieldError("upload:file", "Выберите файл");
            return;
        }
        if (file.getSize() > launcher.maxBytes()) {
            Messages.fieldError("upload:file", "Файл больше допустимых " + getMaxMegabytes() + " МБ");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            selectedId = launcher.start(staff.member(), acting.code(), type, file.getSubmittedFileName(), in);
            refresh();
            Messages.info("Загрузка начата");
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        } catch (IOException e) {
            Messages.error("Файл не удалось прочитать: " + e.getMessage());
        }
    }

    public void refresh() {
        selected = selectedId == null ? null : imports.report(staff.member(), selectedId);
    }

    public void restart() {
        try {
            launcher.restart(staff.member(), selectedId);
            refresh();
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
    }

    public boolean isRestartable() {
        return selected != null && "FAILED".equals(selected.status()) && selected.rowsRejected() == 0 && selected.jobExecutionId() != null
                && selected.errors().stream().allMatch(p -> p.warning());
    }

    public List<ImportReport> getHistory() {
        return imports.recent(organizations.actingFor(staff.member(), acting.code()).id(), 50);
    }

    public List<ImportType> getTypes() {
        return List.of(ImportType.values());
    }

    public long getMaxMegabytes() {
        return launcher.maxBytes() / (1024 * 1024);
    }

    public String format(Instant t) {
        return t == null ? "" : TIME.format(t);
    }

    public ImportReport getSelected() {
        if (selected == null && selectedId != null) {
            refresh();
        }
        return selected;
    }

    public String getSelectedId() {
        return selectedId;
    }

    public void setSelectedId(String selectedId) {
        this.selectedId = selectedId;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
