package org.vigil.store.ledger;

import org.vigil.core.hash.Sha256;

import java.util.Optional;

/**
 * One entry of the audit ledger: who did what to which record version, chained to the previous
 * entry by hash and authenticated by an HMAC.
 *
 * @param seq         position in the ledger, from 1
 * @param recordedAt  UTC instant, ISO 8601
 * @param actor       the user or process
 * @param action      create, update, delete, import, restore …
 * @param recordId    the record changed, if the entry concerns one
 * @param version     the record's new version, or 0
 * @param contentHash SHA-256 of the new version's stored body, or empty
 * @param detail      free text (e.g. the import file's name and hash)
 * @param prevHash    the previous entry's hash (64 zeros for the first)
 * @param entryHash   SHA-256 over all the fields above
 * @param mac         HMAC-SHA256 of entryHash under the ledger key
 */
public record LedgerEntry(long seq, String recordedAt, String actor, String action, Optional<String> recordId,
                          int version, String contentHash, String detail, String prevHash, String entryHash,
                          String mac) {

    /** The hash of the first entry's predecessor. */
    public static final String GENESIS = "0".repeat(64);

    /** Builds and seals an entry: computes its hash and MAC. */
    static LedgerEntry seal(long seq, String recordedAt, String actor, String action,
                                   Optional<String> recordId, int version, String contentHash, String detail,
                                   String prevHash, LedgerKey key) {
        String hash = hashOf(seq, recordedAt, actor, action, recordId, version, contentHash, detail, prevHash);
        return new LedgerEntry(seq, recordedAt, actor, action, recordId, version, contentHash, detail, prevHash,
                hash, key.mac(hash));
    }

    /** The hash this entry's fields should have. */
    public String expectedHash() {
        return hashOf(seq, recordedAt, actor, action, recordId, version, contentHash, detail, prevHash);
    }

    private static String hashOf(long seq, String recordedAt, String actor, String action, Optional<String> recordId,
                                 int version, String contentHash, String detail, String prevHash) {
        // The unit separator cannot occur in the fields' normal text, so field boundaries are unambiguous.
        String u = "\u001f";
        return Sha256.hex("vigil-ledger-v1" + u + seq + u + recordedAt + u + actor + u + action + u
                + recordId.orElse("") + u + version + u + contentHash + u + detail + u + prevHash);
    }
}
