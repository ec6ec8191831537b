package org.vigil.store.attachments;

/**
 * A file attached to a source (a scanned letter, a photo, a recording), as stored.
 *
 * @param id        identifier
 * @param sourceId  the source it belongs to
 * @param sha256    SHA-256 of the file's bytes, taken on intake and recorded in the ledger
 * @param size      bytes
 * @param mediaType e.g. application/pdf
 * @param fileName  the name it was uploaded under (stored encrypted)
 * @param createdAt when, UTC
 * @param createdBy who
 */
public record Attachment(String id, String sourceId, String sha256, long size, String mediaType, String fileName,
                         String createdAt, String createdBy) {
}
