package org.vigil.store.ledger;

import org.vigil.store.Store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the audit ledger, newest first, for the ledger page and the dashboard. */
public final class LedgerLog {

    private final StoreContext context;

    /** The ledger of an open store. */
    public LedgerLog(Store store) {
        this.context = store.context();
    }

    /** Up to {@code limit} entries with a sequence number below {@code before} (use Long.MAX_VALUE for the newest). */
    public List<LedgerEntry> before(long before, int limit) {
        return context.read("cannot read the ledger", c -> before(c, before, limit));
    }

    private static List<LedgerEntry> before(Connection c, long before, int limit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select seq, recorded_at, "
                + "actor, action, record_id, version, content_hash, detail, prev_hash, entry_hash, mac from ledger_entry "
                + "where seq < ? order by seq desc")) {
            s.setLong(1, before);
            s.setMaxRows(limit);
            List<LedgerEntry> entries = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String recordId = rs.getString(5);
                    entries.add(new LedgerEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            Optional.ofNullable(recordId), recordId == null ? 0 : rs.getInt(6),
                            recordId == null ? "" : rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                            rs.getString(11)));
                }
            }
            return entries;
        }
    }
}
