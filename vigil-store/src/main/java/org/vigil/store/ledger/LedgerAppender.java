package org.vigil.store.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Appends entries to the ledger inside the caller's transaction. Creating it locks the ledger head
 * row, so concurrent writers (threads or processes) append one after another and the chain never forks.
 */
public final class LedgerAppender {

    private final Connection connection;
    private final LedgerKey key;
    private long seq;
    private String hash;
    private final PreparedStatement insert;

    private LedgerAppender(Connection connection, LedgerKey key, long seq, String hash) throws SQLException {
        this.connection = connection;
        this.key = key;
        this.seq = seq;
        this.hash = hash;
        this.insert = connection.prepareStatement("insert into ledger_entry (seq, recorded_at, actor, action, "
                + "record_id, version, content_hash, detail, prev_hash, entry_hash, mac) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /** Locks the ledger head in this transaction (auto-commit must be off) and reads it. */
    static LedgerAppender begin(Connection connection, LedgerKey key) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "select seq, entry_hash from ledger_head where id = 1 for update");
             ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("the ledger_head row is missing: the database was altered outside Vigil; "
                        + "run 'vigil verify'");
            }
            return new LedgerAppender(connection, key, rs.getLong(1), rs.getString(2));
        }
    }

    /** Appends one sealed entry (sent to the database in a batch by {@link #finish}) and returns it. */
    public LedgerEntry append(String actor, String action, Optional<String> recordId, int version,
                              String contentHash, String detail) throws SQLException {
        String at = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        LedgerEntry e = LedgerEntry.seal(seq + 1, at, actor, action, recordId, version, contentHash, detail, hash,
                key);
        insert.setLong(1, e.seq());
        insert.setString(2, e.recordedAt());
        insert.setString(3, e.actor());
        insert.setString(4, e.action());
        if (recordId.isPresent()) {
            insert.setString(5, recordId.get());
            insert.setInt(6, version);
            insert.setString(7, contentHash);
        } else {
            insert.setNull(5, Types.VARCHAR);
            insert.setNull(6, Types.INTEGER);
            insert.setNull(7, Types.CHAR);
        }
        insert.setString(8, detail);
        insert.setString(9, e.prevHash());
        insert.setString(10, e.entryHash());
        insert.setString(11, e.mac());
        insert.addBatch();
        seq = e.seq();
        hash = e.entryHash();
        return e;
    }

    /** Moves the head to the last appended entry; call before commit. */
    void finish() throws SQLException {
        insert.executeBatch();
        insert.close();
        try (PreparedStatement s = connection.prepareStatement(
                "update ledger_head set seq = ?, entry_hash = ? where id = 1")) {
            s.setLong(1, seq);
            s.setString(2, hash);
            s.executeUpdate();
        }
    }

    /** The position after the last append. */
    public LedgerAnchor.Position position() {
        return new LedgerAnchor.Position(seq, hash);
    }
}
