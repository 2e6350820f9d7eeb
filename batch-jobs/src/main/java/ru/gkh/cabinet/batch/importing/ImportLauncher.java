package ru.gkh.cabinet.batch.importing;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.gkh.cabinet.application.Organizations;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.StaffMember;
import ru.gkh.cabinet.application.importing.BillingImports;
import ru.gkh.cabinet.batch.jobs.BatchJobs;
import ru.gkh.cabinet.domain.model.identity.Role;
import ru.gkh.cabinet.domain.model.importing.ImportType;
import ru.gkh.cabinet.domain.model.organization.Organization;

/**
 * Takes an uploaded billing-data file, keeps it on disk and starts {@code import-billing-data} on it. Outside any
 * container transaction, since the job's steps manage their own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportLauncher {

    public static final String JOB = "import-billing-data";

    @Inject
    @ConfigProperty(name = "cabinet.import.max-bytes", defaultValue = "536870912")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "cabinet.import.dir", defaultValue = "cabinet-imports")
    String directory;

    @EJB
    private Organizations organizations;

    @EJB
    private BillingImports imports;

    @EJB
    private BatchJobs jobs;

    public long maxBytes() {
        return maxBytes;
    }

    /** Stores the file and starts its import; returns the import's id. */
    public String start(StaffMember staff, String organizationCode, String typePath, String fileName, InputStream content) {
        if (!staff.has(Role.ACCOUNTANT) && !staff.has(Role.ADMIN)) {
            throw Refusal.forbidden("Загружать данные может бухгалтер или администратор");
        }
        ImportType type = ImportType.fromPath(typePath).orElseThrow(() -> Refusal.notFound(
                "Неизвестный тип файла «" + typePath + "»; допустимы: buildings, accounts, tariffs, meters, readings, payments, recalculations, balances, key_rates"));
        Organization org = organizations.actingFor(staff, organizationCode);
        Path file = store(content);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String id = imports.register(org.id(), type, fileName == null ? type.path() + ".csv" : fileName, size, staff.login());
        Properties params = new Properties();
        params.setProperty("importId", id);
        params.setProperty("file", file.toString());
        long execution = jobs.start(JOB, params);
        imports.attachExecution(id, execution);
        return id;
    }

    /** Restarts an import that was interrupted (not one that rejected rows): it resumes from its last checkpoint. */
    public void restart(StaffMember staff, String importId) {
        long execution = imports.resume(staff, importId);
        imports.attachExecution(importId, jobs.restart(execution));
    }

    private Path store(InputStream content) {
        try {
            Path dir = Path.of(directory);
            if (!dir.isAbsolute()) {
                String root = System.getProperty("com.sun.aas.instanceRoot", System.getProperty("java.io.tmpdir"));
                dir = Path.of(root).resolve(directory);
            }
            Files.createDirectories(dir);
            Path file = Files.createTempFile(dir, "import-", ".csv");
            long written = 0;
            byte[] buf = new byte[1 << 16];
            try (InputStream in = content; OutputStream out = Files.newOutputStream(file)) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    written += n;
                    if (written > maxBytes) {
                        out.close();
                        Files.deleteIfExists(file);
                        throw new Refusal(Refusal.Kind.TOO_LARGE, "Файл больше допустимых " + (maxBytes / (1024 * 1024)) + " МБ");
                    }
                    out.write(buf, 0, n);
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
