package org.vigil.store.records;

/**
 * What a write did.
 *
 * @param created   records that did not exist
 * @param updated   records that got a new version
 * @param unchanged records identical to their current version (no new version, no ledger entry)
 * @param ledgerSeq the ledger position after the write
 */
public record SaveResult(int created, int updated, int unchanged, long ledgerSeq) {
}
