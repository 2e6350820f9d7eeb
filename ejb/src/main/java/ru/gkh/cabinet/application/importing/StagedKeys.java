package ru.gkh.cabinet.application.importing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import ru.gkh.cabinet.domain.model.importing.KeyHashes;

/**
 * The key hashes of the imports being staged on this server ({@link KeyHashes}), from their first staged chunk until
 * their check. Kept in this server's memory only: an import staged partly elsewhere or before a restart finds fewer
 * hashes than staged rows here, and is checked in the database.
 */
@ApplicationScoped
public class StagedKeys {

    /** Hashes kept for one import at most (8 bytes each, 64 MB); beyond, the file is checked in the database. */
    static final int LIMIT = 8_000_000;

    private final ConcurrentMap<String, KeyHashes> byImport = new ConcurrentHashMap<>();

    /** The key hashes of a chunk's rows, once they are in the staging table. */
    void staged(String importId, long[] chunk) {
        byImport.computeIfAbsent(importId, id -> new KeyHashes(LIMIT)).add(chunk);
    }

    /** Whether the hashes kept prove that no key repeats among the import's staged rows; forgets them either way. */
    boolean proveNoRepeat(String importId, long stagedRows) {
        KeyHashes hashes = byImport.remove(importId);
        return hashes != null && hashes.proveNoRepeat(stagedRows);
    }

    void forget(String importId) {
        byImport.remove(importId);
    }
}
