package ru.gkh.cabinet.domain.model.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileShareTest {

    @TempDir
    Path dir;

    /** 250 readings, a blank line after the 120th and a bad number in the 200th; blocks of 100 rows. */
    private Path readings() throws Exception {
        StringBuilder text = new StringBuilder("serial;period;reading\n");
        for (int i = 1; i <= 250; i++) {
            text.append("HV-").append(i).append(";2026-09;").append(i == 200 ? "x" : String.valueOf(i)).append('\n');
            if (i == 120) {
                text.append('\n');
            }
        }
        Path file = dir.resolve("readings.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void twoSharesTakeEveryRowOnceBlockByBlock() throws Exception {
        Path file = readings();
        List<Integer> first = lines(file, 0, 2, null, Integer.MAX_VALUE);
        List<Integer> second = lines(file, 1, 2, null, Integer.MAX_VALUE);
        // Rows 1–100 (lines 2–101) and 201–250 (lines 203–252, after the blank line 122); rows 101–200 to the other.
        assertEquals(IntStream.concat(IntStream.rangeClosed(2, 101), IntStream.rangeClosed(203, 252)).boxed().toList(), first);
        assertEquals(IntStream.concat(IntStream.rangeClosed(102, 121), IntStream.rangeClosed(123, 202)).boxed().toList(), second);
    }

    @Test
    void aShareRestartedFromItsCheckpointGoesOnWithTheSameRows() throws Exception {
        Path file = readings();
        FileShare.Checkpoint[] at = new FileShare.Checkpoint[1];
        List<Integer> before = lines(file, 1, 2, null, 30, at);
        List<Integer> after = lines(file, 1, 2, at[0], Integer.MAX_VALUE);
        List<Integer> whole = new ArrayList<>(before);
        whole.addAll(after);
        assertEquals(lines(file, 1, 2, null, Integer.MAX_VALUE), whole);
        assertEquals(133, (int) after.get(0), "the 31st row of the share: line 133, after the blank line 122");
    }

    @Test
    void aRegistrysTotalsLineIsCheckedOnceByTheShareWhoseBlockItFallsIn() throws Exception {
        Path file = dir.resolve("registry.csv");
        Files.writeString(file, "05-11-2026;10-15-00;8644;0012;1;100200301;И;а;102026;1500,00\n"
                + "05-11-2026;10-16-00;8644;0012;2;100200302;П;а;102026;100,00\n=2;1600.01\n", StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        for (int me = 0; me < 2; me++) {
            try (ImportFileParser parser = ImportFileParser.open(ImportType.PAYMENTS, file)) {
                FileShare share = new FileShare(parser, 1, me, 2, null);
                for (ImportFileParser.ParsedRow r = share.next(); r != null; r = share.next()) {
                    if (r.problem() != null) {
                        problems.add(me + ":" + r.problem().line());
                    }
                }
            }
        }
        assertEquals(List.of("0:3"), problems, "the totals line, third of the file, in the first block of one row of share 0");
    }

    private static List<Integer> lines(Path file, int me, int of, FileShare.Checkpoint from, int limit) throws Exception {
        return lines(file, me, of, from, limit, new FileShare.Checkpoint[1]);
    }

    private static List<Integer> lines(Path file, int me, int of, FileShare.Checkpoint from, int limit, FileShare.Checkpoint[] at)
            throws Exception {
        List<Integer> lines = new ArrayList<>();
        try (ImportFileParser parser = ImportFileParser.open(ImportType.READINGS, file)) {
            if (from != null) {
                parser.skipTo(from.position());
            }
            FileShare share = new FileShare(parser, 100, me, of, from);
            for (ImportFileParser.ParsedRow r = share.next(); r != null && lines.size() < limit; r = lines.size() < limit ? share.next() : null) {
                lines.add(r.staged() != null ? r.staged().line() : r.problem().line());
            }
            at[0] = share.checkpoint();
        }
        return lines;
    }
}
