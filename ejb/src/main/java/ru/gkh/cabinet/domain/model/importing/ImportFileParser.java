package ru.gkh.cabinet.domain.model.importing;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an import file row by row, in constant memory: the headed CSV of formats.md, or for payments
 * also the classic bank registry with its {@code =count;sum} totals line. Each row comes back staged or
 * rejected with its line and column. Restartable: {@link #position()} and {@link #skipTo(Position)}.
 */
public final class ImportFileParser implements Closeable {

    private static final Pattern REGISTRY_FIRST_FIELD = Pattern.compile("\\d{2}-\\d{2}-\\d{4}");

    private final ImportType type;
    private final Charset charset;
    private final CSVParser csv;
    private final Iterator<CSVRecord> records;
    private final boolean registry;
    private final Map<String, Integer> header = new HashMap<>();
    private final List<ImportProblem> warnings = new ArrayList<>();
    private long lastLine;
    private Position position = new Position(0, 0, BigDecimal.ZERO, null, null);
    private boolean totalsMissingReported;

    private ImportFileParser(ImportType type, Path file) throws IOException, FileRejected {
        this.type = type;
        this.charset = FileEncoding.detect(file);
        Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        this.csv = CSVFormat.Builder.create(CSVFormat.RFC4180).setDelimiter(';').setIgnoreEmptyLines(true)
                .setTrim(false).get().parse(reader);
        this.records = csv.iterator();
        CSVRecord first = nextRecord();
        if (first == null) {
            throw new FileRejected(1, null, "файл пуст");
        }
        this.registry = type == ImportType.PAYMENTS && REGISTRY_FIRST_FIELD.matcher(first.get(0).strip()).matches();
        if (registry) {
            pushBack = first;
        } else {
            readHeader(first);
        }
    }

    private CSVRecord pushBack;

    public static ImportFileParser open(ImportType type, Path file) throws IOException, FileRejected {
        return new ImportFileParser(type, file);
    }

    public Charset charset() {
        return charset;
    }

    /** Whether the file is a classic bank registry rather than a headed CSV. */
    public boolean isRegistry() {
        return registry;
    }

    /** Warnings about the header (unknown columns), reported but not blocking. */
    public List<ImportProblem> warnings() {
        return warnings;
    }

    public Position position() {
        return position;
    }

    /** Moves past the rows a previous run already handled (after a restart). */
    public void skipTo(Position target) {
        while (position.records() < target.records() && nextRecord() != null) {
            position = position.advance();
        }
        position = target;
    }

    /**
     * Passes over the next row that {@link #next()} would return, without reading its fields; false at the end. A
     * registry's rows are read in full all the same: its totals line is checked against them.
     */
    public boolean skip() {
        return registry ? next() != null : nextFilled() != null;
    }

    /** The next row, or null at the end of the file. */
    public ParsedRow next() {
        if (registry) {
            return nextOfRegistry();
        }
        CSVRecord rec = nextFilled();
        if (rec == null) {
            return null;
        }
        int line = (int) lastLine;
        Map<String, String> fields = new HashMap<>();
        for (Map.Entry<String, Integer> h : header.entrySet()) {
            fields.put(h.getKey(), h.getValue() < rec.size() ? rec.get(h.getValue()) : null);
        }
        if (rec.size() > columnsInHeader && !extraFieldsBlank(rec)) {
            return ParsedRow.rejected(ImportProblem.error(line, null,
                    "в строке " + rec.size() + " полей, а в заголовке " + columnsInHeader + " (лишний «;» или незакрытые кавычки?)"));
        }
        try {
            return ParsedRow.staged(type.normalise(new SourceRow(line, fields)));
        } catch (RowRejected e) {
            return ParsedRow.rejected(ImportProblem.error(line, e.column(), e.getMessage()));
        }
    }

    /** A headed file's next record that is not a blank line, the position moved past it; null at the end. */
    private CSVRecord nextFilled() {
        while (true) {
            CSVRecord rec = nextRecord();
            if (rec == null) {
                return null;
            }
            position = position.advance();
            if (!(rec.size() == 1 && rec.get(0).isBlank())) {
                return rec;
            }
        }
    }

    /** A registry's next payment row (its own lines decide what is blank, a header or the totals), or its end. */
    private ParsedRow nextOfRegistry() {
        while (true) {
            CSVRecord rec = nextRecord();
            int line = (int) lastLine;
            if (rec == null) {
                return endOfRegistry();
            }
            position = position.advance();
            ParsedRow row = registryRow(rec, line);
            if (row != null) {
                return row;
            }
        }
    }

    private int columnsInHeader;

    private boolean extraFieldsBlank(CSVRecord rec) {
        for (int i = columnsInHeader; i < rec.size(); i++) {
            if (!rec.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private void readHeader(CSVRecord first) throws FileRejected {
        columnsInHeader = first.size();
        List<String> known = type.columns().stream().map(ImportType.Column::name).toList();
        for (int i = 0; i < first.size(); i++) {
            String name = first.get(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (header.containsKey(name)) {
                throw new FileRejected(1, name, "колонка «" + name + "» повторяется в заголовке");
            }
            if (known.contains(name)) {
                header.put(name, i);
            } else {
                warnings.add(ImportProblem.warning(1, name, "неизвестная колонка «" + first.get(i).strip() + "» пропущена"));
            }
        }
        List<String> missing = type.columns().stream().filter(ImportType.Column::required)
                .map(ImportType.Column::name).filter(c -> !header.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new FileRejected(1, missing.get(0), "неверный заголовок файла «" + type.path() + "»: нет "
                    + (missing.size() == 1 ? "колонки " : "колонок ") + String.join(", ", missing)
                    + " (ожидаются: " + String.join(";", known) + ")");
        }
    }

    private ParsedRow registryRow(CSVRecord rec, int line) {
        String first = rec.get(0).strip();
        if (first.startsWith("=")) {
            if (position.totalsCount() != null) {
                return ParsedRow.rejected(ImportProblem.error(line, null, "в реестре больше одной итоговой строки"));
            }
            try {
                int count = FieldFormat.integer("количество", first.substring(1), 0, Integer.MAX_VALUE);
                BigDecimal sum = FieldFormat.money("сумма", rec.size() > 1 ? rec.get(1) : "");
                position = position.withTotals(count, sum);
                return null;
            } catch (RowRejected e) {
                return ParsedRow.rejected(ImportProblem.error(line, e.column(), "итоговая строка реестра: " + e.getMessage()));
            }
        }
        if (rec.size() == 1 && first.isEmpty()) {
            return null;
        }
        if (position.totalsCount() != null) {
            return ParsedRow.rejected(ImportProblem.error(line, null, "строка платежа после итоговой строки реестра"));
        }
        BigDecimal amount = null;
        try {
            amount = rec.size() < 10 ? null : FieldFormat.money("сумма", rec.get(9));
        } catch (RowRejected e) {
            amount = null;
        }
        // Every payment line counts towards the totals check, even one rejected for another reason.
        position = position.counted(amount == null ? BigDecimal.ZERO : amount);
        if (rec.size() < 10) {
            return ParsedRow.rejected(ImportProblem.error(line, null, "в строке реестра " + rec.size()
                    + " полей, нужно не меньше 10: дата;время;отделение;кассир;операция;лицевой счёт;ФИО;адрес;период;сумма"));
        }
        try {
            LocalDate date = FieldFormat.registryDate("дата", rec.get(0));
            String branch = required(rec, 2, "отделение");
            String operation = required(rec, 4, "операция");
            String account = required(rec, 5, "лицевой счёт");
            if (!account.matches("\\d{6,12}")) {
                throw new RowRejected("лицевой счёт", "«" + account + "» — номер лицевого счёта должен состоять из 6–12 цифр");
            }
            String periodText = rec.get(8).strip();
            YearMonth period = periodText.isEmpty() ? null : FieldFormat.registryPeriod("период", periodText);
            amount = FieldFormat.money("сумма", rec.get(9));
            if (amount.signum() <= 0) {
                throw new RowRejected("сумма", "«" + rec.get(9) + "» — должно быть больше нуля");
            }
            String id = rec.get(0).strip() + "/" + branch + "/" + operation;
            return ParsedRow.staged(StagedRow.of(line, id, id, date, account, amount,
                    period == null ? null : period.atDay(1), "BANK"));
        } catch (RowRejected e) {
            return ParsedRow.rejected(ImportProblem.error(line, e.column(), e.getMessage()));
        }
    }

    private ParsedRow endOfRegistry() {
        if (totalsMissingReported) {
            return null;
        }
        totalsMissingReported = true;
        if (position.totalsCount() == null) {
            return ParsedRow.rejected(ImportProblem.error((int) lastLine + 1, null, "в реестре нет итоговой строки «=количество;сумма»"));
        }
        // The totals line is the last one read (any payment line after it is rejected on its own).
        int line = (int) lastLine;
        if (position.totalsCount() != position.counted() || position.totalsSum().compareTo(position.sum()) != 0) {
            return ParsedRow.rejected(ImportProblem.error(line, null, "итоговая строка реестра не сходится: в ней количество платежей "
                    + position.totalsCount() + " и сумма " + position.totalsSum().toPlainString() + " ₽, а в реестре — "
                    + position.counted() + " и " + position.sum().toPlainString() + " ₽"));
        }
        return null;
    }

    private static String required(CSVRecord rec, int i, String column) {
        String v = rec.get(i).strip();
        if (v.isEmpty()) {
            throw new RowRejected(column, "обязательное поле не заполнено");
        }
        return v;
    }

    private CSVRecord nextRecord() {
        if (pushBack != null) {
            CSVRecord r = pushBack;
            pushBack = null;
            return r;
        }
        try {
            if (!records.hasNext()) {
                return null;
            }
            // hasNext() has parsed the record: the parser stands at its last line (blank lines before it skipped).
            lastLine = Math.max(csv.getCurrentLineNumber(), lastLine + 1);
            return records.next();
        } catch (UncheckedIOException e) {
            throw new RowRejectedIo(csv.getCurrentLineNumber() + 1, e);
        }
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }

    /**
     * Where the reader is: records consumed, and for a registry the payment lines counted, their sum and
     * the totals line once seen. Serializable, so that it is the job's checkpoint.
     */
    public record Position(long records, int counted, BigDecimal sum, Integer totalsCount, BigDecimal totalsSum)
            implements Serializable {

        Position advance() {
            return new Position(records + 1, counted, sum, totalsCount, totalsSum);
        }

        Position counted(BigDecimal amount) {
            return new Position(records, counted + 1, sum.add(amount), totalsCount, totalsSum);
        }

        Position withTotals(int count, BigDecimal total) {
            return new Position(records, counted, sum, count, total);
        }
    }

    /** A row that was staged, or rejected with a problem. */
    public record ParsedRow(StagedRow staged, ImportProblem problem) {

        static ParsedRow staged(StagedRow row) {
            return new ParsedRow(row, null);
        }

        static ParsedRow rejected(ImportProblem problem) {
            return new ParsedRow(null, problem);
        }
    }

    /** A file that breaks the CSV syntax itself (an unclosed quote). */
    public static final class RowRejectedIo extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final long line;

        RowRejectedIo(long line, Throwable cause) {
            super(cause);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }
}
