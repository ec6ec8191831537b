package org.vigil.store.attachments;

import org.vigil.core.hash.Sha256;
import org.vigil.core.model.RecordType;
import org.vigil.store.Store;
import org.vigil.store.StoreException;
import org.vigil.store.ledger.StoreContext;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Attachment files: hashed on intake, encrypted before they reach the database, recorded in the
 * ledger, and checked against their hash on every download.
 */
public final class AttachmentStore {

    /** The largest file accepted. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private final Store store;
    private final StoreContext context;

    /** The attachments of an open store. */
    public AttachmentStore(Store store) {
        this.store = store;
        this.context = store.context();
    }

    /** Stores a file for a source and appends a ledger entry holding its SHA-256. */
    public Attachment add(String sourceId, String fileName, String mediaType, byte[] content, String actor) {
        if (store.records().typeOf(sourceId).filter(t -> t == RecordType.SOURCE).isEmpty()) {
            throw new StoreException("there is no source '" + sourceId + "' to attach a file to");
        }
        if (content.length == 0) {
            throw new StoreException("the file '" + fileName + "' is empty: nothing to attach");
        }
        if (content.length > MAX_BYTES) {
            throw new StoreException("the file '" + fileName + "' has " + content.length + " bytes; the limit is "
                    + MAX_BYTES + " (50 MiB): split or compress it");
        }
        String id = "att-" + UUID.randomUUID();
        String sha = Sha256.hex(content);
        byte[] sealed = context.cipher().encryptBytes(binding(id, sha), content);
        String storedSha = Sha256.hex(sealed);
        String now = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        String name = context.cipher().encrypt(id, "fileName", fileName);
        Attachment a = new Attachment(id, sourceId, sha, content.length, mediaType, fileName, now, actor);
        context.write("the attachment was not stored", (c, ledger) -> {
                try (PreparedStatement s = c.prepareStatement("insert into attachment (attachment_id, source_id, sha256, "
                        + "size_bytes, media_type, file_name, content, created_at, created_by) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    s.setString(1, id);
                    s.setString(2, sourceId);
                    s.setString(3, sha);
                    s.setLong(4, content.length);
                    s.setString(5, mediaType);
                    s.setString(6, name);
                    s.setBytes(7, sealed);
                    s.setString(8, now);
                    s.setString(9, actor);
                    s.executeUpdate();
                }
                return ledger.append(actor, "attach", Optional.of(id), 0, sha,
                        "source=" + sourceId + " size=" + content.length + " stored-sha256=" + storedSha);
        });
        return a;
    }

    /** The attachments of a source, oldest first. */
    public List<Attachment> of(String sourceId) {
        return context.read("cannot list attachments", c -> {
            try (PreparedStatement s = c.prepareStatement("select attachment_id, source_id, sha256, size_bytes, "
                    + "media_type, file_name, created_at, created_by from attachment "
                    + "where source_id = ? order by created_at, attachment_id")) {
                s.setString(1, sourceId);
                List<Attachment> list = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        list.add(row(rs));
                    }
                }
                return list;
            }
        });
    }

    /** One attachment's description. */
    public Optional<Attachment> find(String attachmentId) {
        return context.read("cannot read attachment", c -> {
            try (PreparedStatement s = c.prepareStatement("select attachment_id, source_id, sha256, size_bytes, "
                    + "media_type, file_name, created_at, created_by from attachment where attachment_id = ?")) {
                s.setString(1, attachmentId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.empty();
                }
            }
        });
    }

    /**
     * The file's bytes, decrypted and checked against the SHA-256 taken on intake.
     *
     * @throws StoreException when the stored file no longer matches (it was altered)
     */
    public byte[] content(String attachmentId) {
        return context.read("cannot read attachment", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "select sha256, content from attachment where attachment_id = ?")) {
                s.setString(1, attachmentId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException("there is no attachment '" + attachmentId + "'");
                    }
                    String sha = rs.getString(1);
                    byte[] plain = context.cipher().decryptBytes(binding(attachmentId, sha), rs.getBytes(2));
                    if (!Sha256.hex(plain).equals(sha)) {
                        throw new StoreException("attachment '" + attachmentId + "' does not match the SHA-256 "
                                + "recorded on intake: it was altered; run 'vigil verify'");
                    }
                    return plain;
                }
            }
        });
    }

    private Attachment row(ResultSet rs) throws SQLException {
        String id = rs.getString(1);
        return new Attachment(id, rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                context.cipher().decrypt(id, "fileName", rs.getString(6)), rs.getString(7), rs.getString(8));
    }

    /** What the sealed bytes are bound to: this attachment and its hash, so they cannot be swapped unnoticed. */
    private static String binding(String id, String sha) {
        return "vigil-attachment:" + id + ":" + sha;
    }
}
