package ru.gkh.cabinet.application.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.gkh.cabinet.domain.model.importing.ImportProblem;
import ru.gkh.cabinet.domain.model.importing.ImportType;

class RepeatedKeysTest {

    @TempDir
    Path dir;

    private static final String HEADER = "payment_id;paid_on;account_number;amount\n";

    @Test
    void aKeyRepeatedInAnyLetterCaseIsReportedOnEveryLaterLineWithItsFirst() throws Exception {
        Path file = file(HEADER
                + "P-1;05.11.2026;100200301;1,00\n"
                + "P-2;05.11.2026;100200301;1,00\n"
                + "p-1;06.11.2026;100200302;2,00\n"
                + "bad;xx;100200301;1,00\n"
                + "P-2;07.11.2026;100200301;3,00\n"
                + "P-1;08.11.2026;100200301;4,00\n");
        assertEquals(List.of(
                        "4|payment_id|повтор ключа (payment_id) строки 2 в этом же файле",
                        "6|payment_id|повтор ключа (payment_id) строки 3 в этом же файле",
                        "7|payment_id|повтор ключа (payment_id) строки 2 в этом же файле"),
                text(RepeatedKeys.in(file, ImportType.PAYMENTS, 5, 1000)));
    }

    @Test
    void aFileBeyondTheHashesKeptIsReadInSharesAndFindsEveryRepeat() throws Exception {
        StringBuilder content = new StringBuilder(HEADER);
        for (int i = 1; i <= 200; i++) {
            content.append("K-").append(i).append(";05.11.2026;100200301;1,00\n");
        }
        content.append("K-17;05.11.2026;100200301;1,00\nK-199;05.11.2026;100200301;1,00\n");
        // At most 10 hashes at a time: the 202 rows are read in 41 shares.
        assertEquals(List.of(
                        "202|payment_id|повтор ключа (payment_id) строки 18 в этом же файле",
                        "203|payment_id|повтор ключа (payment_id) строки 200 в этом же файле"),
                text(RepeatedKeys.in(file(content.toString()), ImportType.PAYMENTS, 202, 10)));
    }

    @Test
    void aFileWithoutRepeatsHasNone() throws Exception {
        assertEquals(List.of(), RepeatedKeys.in(file(HEADER + "A-1;05.11.2026;100200301;1,00\nA-2;05.11.2026;100200301;1,00\n"),
                ImportType.PAYMENTS, 2, 10));
    }

    private Path file(String content) throws Exception {
        Path file = Files.createTempFile(dir, "payments", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> text(List<ImportProblem> problems) {
        return problems.stream().map(p -> p.line() + "|" + p.column() + "|" + p.message()).toList();
    }
}
