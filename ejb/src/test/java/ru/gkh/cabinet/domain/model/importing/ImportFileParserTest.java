package ru.gkh.cabinet.domain.model.importing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportFileParserTest {

    @TempDir
    Path dir;

    @Test
    void rowsCarryTheirLineNumbersAcrossBlankLinesAndQuotedLineBreaks() throws Exception {
        List<ImportFileParser.ParsedRow> rows = parse(ImportType.KEY_RATES,
                "valid_from;rate\r\n2025-01-01;9,5\r\n\r\n\"2025-02-01\";abc\r\n2025-03-01;10\r\n", StandardCharsets.UTF_8);
        assertEquals(3, rows.size());
        assertEquals(2, rows.get(0).staged().line());
        assertEquals(4, rows.get(1).problem().line());
        assertEquals("rate", rows.get(1).problem().column());
        assertEquals(5, rows.get(2).staged().line());
        assertArrayEquals(new String[] {"2025-03-01", "10"}, java.util.Arrays.copyOf(rows.get(2).staged().values(), 2));
    }

    @Test
    void theLastLineCountsWithoutATrailingLineBreak() throws Exception {
        List<ImportFileParser.ParsedRow> rows = parse(ImportType.KEY_RATES, "valid_from;rate\n2025-01-01;9,5\n2025-02-01;x", StandardCharsets.UTF_8);
        assertEquals(2, rows.get(0).staged().line());
        assertEquals(3, rows.get(1).problem().line());
    }

    @Test
    void headerNamesAreCaseInsensitiveInAnyOrderAndUnknownOnesWarn() throws Exception {
        try (ImportFileParser p = open(ImportType.KEY_RATES, "Rate;NOTE;Valid_From\n9,5;x;01.01.2025\n", StandardCharsets.UTF_8)) {
            assertEquals(List.of(ImportProblem.warning(1, "note", "неизвестная колонка «NOTE» пропущена")), p.warnings());
            StagedRow row = p.next().staged();
            assertEquals("2025-01-01", row.values()[0]);
            assertEquals("9.5", row.values()[1]);
            assertNull(p.next());
        }
    }

    @Test
    void missingRequiredColumnRejectsTheFile() {
        FileRejected e = assertThrows(FileRejected.class, () -> open(ImportType.PAYMENTS, "payment_id;paid_on;amount\n", StandardCharsets.UTF_8));
        assertEquals("неверный заголовок файла «payments»: нет колонки account_number (ожидаются: payment_id;paid_on;account_number;amount;period;channel)",
                e.getMessage());
        assertEquals("account_number", e.problem().column());
    }

    @Test
    void windows1251IsDetectedWhenTheFileIsNotUtf8() throws Exception {
        String text = "building_code;department;address;total_area\nB1;Центральное отделение;г. Омск, ул. Ленина, д. 1;100\n";
        try (ImportFileParser p = open(ImportType.BUILDINGS, text, Charset.forName("windows-1251"))) {
            assertEquals("windows-1251", p.charset().name());
            assertEquals("Центральное отделение", p.next().staged().values()[1]);
        }
        try (ImportFileParser p = open(ImportType.BUILDINGS, "\uFEFF" + text, StandardCharsets.UTF_8)) {
            assertEquals("UTF-8", p.charset().name());
            assertEquals("B1", p.next().staged().values()[0]);
        }
    }

    @Test
    void registryLinesBecomePaymentsWithTheirComposedId() throws Exception {
        String registry = "05-11-2026;10-15-00;8644;0012;123456;100200301;Иванов;адрес;102026;1500,00;лишнее\n=1;1500.00\n";
        try (ImportFileParser p = open(ImportType.PAYMENTS, registry, StandardCharsets.UTF_8)) {
            assertTrue(p.isRegistry());
            StagedRow row = p.next().staged();
            assertEquals("05-11-2026/8644/123456", row.key());
            assertArrayEquals(new String[] {"05-11-2026/8644/123456", "2026-11-05", "100200301", "1500.00", "2026-10-01", "BANK"},
                    java.util.Arrays.copyOf(row.values(), 6));
            assertNull(p.next());
        }
    }

    @Test
    void registryTotalsAreCheckedAgainstCountAndSum() throws Exception {
        String registry = "05-11-2026;10-15-00;8644;0012;1;100200301;И;а;102026;1500,00\n"
                + "05-11-2026;10-16-00;8644;0012;2;100200302;П;а;102026;0,50\n=2;1500,51\n";
        try (ImportFileParser p = open(ImportType.PAYMENTS, registry, StandardCharsets.UTF_8)) {
            p.next();
            p.next();
            ImportProblem problem = p.next().problem();
            assertEquals(3, problem.line());
            assertEquals("итоговая строка реестра не сходится: в ней количество платежей 2 и сумма 1500.51 ₽, а в реестре — 2 и 1500.50 ₽",
                    problem.message());
            assertNull(p.next());
        }
    }

    @Test
    void restartSkipsTheRowsAlreadyHandledAndKeepsTheRegistryTotals() throws Exception {
        String registry = "05-11-2026;10-15-00;8644;0012;1;100200301;И;а;102026;1,00\n"
                + "05-11-2026;10-16-00;8644;0012;2;100200302;П;а;102026;2,00\n"
                + "05-11-2026;10-17-00;8644;0012;3;100200303;С;а;102026;3,00\n=3;6,00\n";
        ImportFileParser.Position checkpoint;
        try (ImportFileParser p = open(ImportType.PAYMENTS, registry, StandardCharsets.UTF_8)) {
            p.next();
            p.next();
            checkpoint = p.position();
        }
        try (ImportFileParser p = open(ImportType.PAYMENTS, registry, StandardCharsets.UTF_8)) {
            p.skipTo(checkpoint);
            assertEquals("05-11-2026/8644/3", p.next().staged().key());
            assertNull(p.next(), "the totals match across the restart");
        }
    }

    @Test
    void emptyAndBinaryFilesAreRejected() {
        assertEquals("файл пуст", assertThrows(FileRejected.class, () -> open(ImportType.KEY_RATES, " \n\n", StandardCharsets.UTF_8)).getMessage());
        assertEquals("файл пуст", assertThrows(FileRejected.class, () -> open(ImportType.KEY_RATES, "\uFEFF", StandardCharsets.UTF_8)).getMessage());
        assertEquals("это двоичный файл, а не текст CSV (нулевой байт на позиции 3)",
                assertThrows(FileRejected.class, () -> open(ImportType.KEY_RATES, "ab\0cd", StandardCharsets.ISO_8859_1)).getMessage());
    }

    @Test
    void extraFieldsBeyondTheHeaderAreRejected() throws Exception {
        List<ImportFileParser.ParsedRow> rows = parse(ImportType.KEY_RATES, "valid_from;rate\n2025-01-01;9,5;7\n2025-02-01;9,5;\n",
                StandardCharsets.UTF_8);
        assertEquals("в строке 3 полей, а в заголовке 2 (лишний «;» или незакрытые кавычки?)", rows.get(0).problem().message());
        assertEquals("2025-02-01", rows.get(1).staged().values()[0], "an empty trailing field is tolerated");
    }

    private List<ImportFileParser.ParsedRow> parse(ImportType type, String text, Charset charset) throws Exception {
        List<ImportFileParser.ParsedRow> rows = new ArrayList<>();
        try (ImportFileParser p = open(type, text, charset)) {
            for (ImportFileParser.ParsedRow r = p.next(); r != null; r = p.next()) {
                rows.add(r);
            }
        }
        return rows;
    }

    private ImportFileParser open(ImportType type, String text, Charset charset) throws IOException, FileRejected {
        Path file = Files.createTempFile(dir, "import", ".csv");
        Files.write(file, text.getBytes(charset));
        return ImportFileParser.open(type, file);
    }
}
