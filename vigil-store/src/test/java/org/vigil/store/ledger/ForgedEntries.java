package org.vigil.store.ledger;

import java.nio.file.Path;
import java.util.Optional;

/** Ledger entries as a forger without the data set's ledger key would write them: well hashed, wrongly signed. */
public final class ForgedEntries {

    private ForgedEntries() {
    }

    /** An entry sealed with a fresh key made in {@code keyDirectory} instead of the data set's own. */
    public static LedgerEntry sealedWithAnotherKey(Path keyDirectory, long seq, String recordedAt, String actor,
                                                   String action, Optional<String> recordId, int version,
                                                   String contentHash, String detail, String prevHash) {
        return LedgerEntry.seal(seq, recordedAt, actor, action, recordId, version, contentHash, detail, prevHash,
                LedgerKey.create(keyDirectory, "forger"));
    }
}
