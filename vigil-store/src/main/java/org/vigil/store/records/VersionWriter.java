package org.vigil.store.records;

import org.vigil.core.model.Record;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Batches the inserts of new versions and the moves of record heads within one transaction. */
final class VersionWriter implements AutoCloseable {

    /** Binds a head row's columns; the repository decides what a head holds (label, sort date …). */
    @FunctionalInterface
    interface HeadColumns {
        /** Binds the columns of the record's head at a version. */
        void bind(PreparedStatement s, Record r, int version, boolean deleted, String at) throws SQLException;
    }

    private final HeadColumns headColumns;
    private final PreparedStatement versions;
    private final PreparedStatement newHeads;
    private final PreparedStatement movedHeads;
    private final PreparedStatement clearRefs;
    private final PreparedStatement addRefs;

    VersionWriter(Connection c, HeadColumns headColumns) throws SQLException {
        this.headColumns = headColumns;
        versions = c.prepareStatement("insert into record_version (record_id, version, record_type, confidentiality, "
                + "deleted, body, content_hash, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        newHeads = c.prepareStatement("insert into record_head (version, record_type, confidentiality, deleted, "
                + "label, sort_date, updated_at, record_id) values (?, ?, ?, ?, ?, ?, ?, ?)");
        movedHeads = c.prepareStatement("update record_head set version = ?, record_type = ?, confidentiality = ?, "
                + "deleted = ?, label = ?, sort_date = ?, updated_at = ? where record_id = ?");
        clearRefs = c.prepareStatement("delete from record_ref where record_id = ?");
        addRefs = c.prepareStatement("insert into record_ref (record_id, ref_id) values (?, ?)");
    }

    /** Queues a new version and its head. */
    void add(RecordVersion v, Record r, boolean headExists) throws SQLException {
        versions.setString(1, v.recordId());
        versions.setInt(2, v.version());
        versions.setString(3, v.type().code());
        versions.setString(4, v.confidentiality().code());
        versions.setBoolean(5, v.deleted());
        versions.setString(6, v.body());
        versions.setString(7, v.contentHash());
        versions.setString(8, v.createdAt());
        versions.setString(9, v.createdBy());
        versions.addBatch();
        PreparedStatement head = headExists ? movedHeads : newHeads;
        headColumns.bind(head, r, v.version(), v.deleted(), v.createdAt());
        head.addBatch();
        if (headExists) {
            clearRefs.setString(1, v.recordId());
            clearRefs.addBatch();
        }
        if (!v.deleted()) {
            for (String ref : ReferenceScan.references(r)) {
                addRefs.setString(1, v.recordId());
                addRefs.setString(2, ref);
                addRefs.addBatch();
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            versions.executeBatch();
            newHeads.executeBatch();
            movedHeads.executeBatch();
            clearRefs.executeBatch();
            addRefs.executeBatch();
        } finally {
            versions.close();
            newHeads.close();
            movedHeads.close();
            clearRefs.close();
            addRefs.close();
        }
    }
}
