package ru.gkh.cabinet.application.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import ru.gkh.cabinet.domain.model.importing.FileRejected;
import ru.gkh.cabinet.domain.model.importing.ImportFileParser;
import ru.gkh.cabinet.domain.model.importing.ImportFileParser.ParsedRow;
import ru.gkh.cabinet.domain.model.importing.ImportProblem;
import ru.gkh.cabinet.domain.model.importing.ImportType;
import ru.gkh.cabinet.domain.model.importing.StagedRow;

/**
 * The rows of a file whose key an earlier row already has, found by reading the file again: for a file posted without a
 * staging table whose key hashes did not prove every key different (a repeat, a collision of hashes, or more rows than
 * hashes kept). The keys' hashes are sorted in memory, at most {@code limit} at a time (the file is read once for each
 * share of the hashes); only the rows of a repeated hash are then compared by their keys, so a collision is never taken
 * for a repeat.
 */
final class RepeatedKeys {

    private RepeatedKeys() {
    }

    static List<ImportProblem> in(Path file, ImportType type, long rows, int limit) {
        int shares = (int) Math.max(1, (rows + limit / 2 - 1) / (limit / 2));
        List<ImportProblem> problems = new ArrayList<>();
        for (int share = 0; share < shares; share++) {
            Set<Long> repeated = repeatedHashes(file, type, share, shares, rows / shares);
            if (!repeated.isEmpty()) {
                problems.addAll(repeatedKeys(file, type, repeated));
            }
        }
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return problems;
    }

    private static Set<Long> repeatedHashes(Path file, ImportType type, int share, int shares, long expected) {
        Hashes hashes = new Hashes(expected);
        eachRow(file, type, r -> {
            long hash = r.keyHash();
            if (Math.floorMod(hash, shares) == share) {
                hashes.add(hash);
            }
        });
        return hashes.repeated();
    }

    /** One share's hashes, in one array sized for it (and an eighth more): growing by copies would hold two at once. */
    private static final class Hashes {

        private long[] values;
        private int size;

        Hashes(long expected) {
            values = new long[(int) Math.min(Integer.MAX_VALUE - 16, expected + expected / 8 + 16)];
        }

        void add(long hash) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = hash;
        }

        Set<Long> repeated() {
            Arrays.sort(values, 0, size);
            Set<Long> repeated = new HashSet<>();
            for (int i = 1; i < size; i++) {
                if (values[i] == values[i - 1]) {
                    repeated.add(values[i]);
                }
            }
            return repeated;
        }
    }

    private static List<ImportProblem> repeatedKeys(Path file, ImportType type, Set<Long> hashes) {
        Map<String, Integer> firstLine = new HashMap<>();
        List<ImportProblem> problems = new ArrayList<>();
        eachRow(file, type, r -> {
            if (hashes.contains(r.keyHash())) {
                Integer first = firstLine.putIfAbsent(StagedRow.comparableKey(r.key()), r.line());
                if (first != null) {
                    problems.add(ImportChecks.repeatedKey(type, r.line(), first));
                }
            }
        });
        return problems;
    }

    /** Reads the file again, handing on each row that passed the format's rules (the rejected ones were reported). */
    private static void eachRow(Path file, ImportType type, Consumer<StagedRow> rows) {
        try (ImportFileParser parser = ImportFileParser.open(type, file)) {
            ParsedRow row;
            while ((row = parser.next()) != null) {
                if (row.staged() != null) {
                    rows.accept(row.staged());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FileRejected e) {
            throw new IllegalStateException("The file was read once already: " + e.getMessage(), e);
        }
    }
}
