package org.vigil.store.records;

import org.vigil.core.json.VigilJson;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.Record;
import org.vigil.core.model.RecordType;

/**
 * One stored version of a record, exactly as written.
 *
 * @param recordId        the record
 * @param version         1 for the first version, then 2, 3 …
 * @param type            the record's type
 * @param confidentiality the version's confidentiality
 * @param deleted         true for the version that marks a deletion
 * @param body            the canonical JSON stored
 * @param contentHash     SHA-256 of the body
 * @param createdAt       UTC instant, ISO 8601
 * @param createdBy       who wrote it
 */
public record RecordVersion(String recordId, int version, RecordType type, Confidentiality confidentiality,
                            boolean deleted, String body, String contentHash, String createdAt, String createdBy) {

    /** The record this version holds. */
    public Record record() {
        return VigilJson.read(body);
    }
}
