package ru.gkh.cabinet.domain.model.importing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class KeyHashesTest {

    @Test
    void distinctHashesAsManyAsTheStagedRowsProveNoRepeat() {
        KeyHashes h = new KeyHashes(100_000);
        h.add(LongStream.range(0, 20_000).map(i -> i * 7919).toArray());
        h.add(LongStream.range(20_000, 50_000).map(i -> i * 7919).toArray());
        assertTrue(h.proveNoRepeat(50_000));
    }

    @Test
    void aRepeatedHashAcrossChunksProvesNothing() {
        KeyHashes h = new KeyHashes(100);
        h.add(new long[] {5, 9, -3});
        h.add(new long[] {4, -3});
        assertFalse(h.proveNoRepeat(5));
    }

    @Test
    void aChunkStagedTwiceProvesNothing() {
        KeyHashes h = new KeyHashes(100);
        h.add(new long[] {1, 2});
        h.add(new long[] {1, 2});
        h.add(new long[] {3});
        // The staging table ignored the second copy: three rows, five hashes.
        assertFalse(h.proveNoRepeat(3));
    }

    @Test
    void fewerHashesThanStagedRowsProveNothing() {
        // Rows staged before the server restarted are in the table, not here.
        KeyHashes h = new KeyHashes(100);
        h.add(new long[] {7, 8});
        assertFalse(h.proveNoRepeat(4));
    }

    @Test
    void aFileBeyondTheLimitIsLeftToTheDatabase() {
        KeyHashes h = new KeyHashes(3);
        h.add(new long[] {1, 2});
        h.add(new long[] {3, 4});
        assertFalse(h.proveNoRepeat(4));
        assertTrue(new KeyHashes(4).proveNoRepeat(0));
    }
}
