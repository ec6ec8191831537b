package org.vigil.store.ledger;

import org.vigil.core.hash.Sha256;
import org.vigil.store.StoreException;
import org.vigil.store.crypto.DataKeys;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that the ledger is an unbroken, authentic chain and that every stored record version is
 * exactly what the ledger says was written — so rows updated, deleted or inserted behind Vigil's
 * back are found, and the first broken entry is named.
 */
public final class LedgerVerifier {

    /** A check of derived tables the ledger does not describe row by row (the store supplies them). */
    @FunctionalInterface
    public interface Check {
        /** What is wrong, one description each; empty when all is well. */
        List<String> problems(Connection connection) throws SQLException;
    }

    private final StoreContext context;
    private final List<Check> checks;
    private final Map<String, LedgerEntry> attachments = new HashMap<>();
    private Optional<LedgerEntry> lastSealDigests = Optional.empty();

    /** A verifier for an open data set (the store builds it), with the store's checks of derived tables. */
    public LedgerVerifier(StoreContext context, List<Check> checks) {
        this.context = context;
        this.checks = List.copyOf(checks);
    }

    /** Runs every check. */
    public VerificationReport verify() {
        return verify(true);
    }

    /**
     * Runs every check but the anchor's, for a copy just restored and not yet in place: it has no anchor until
     * it verifies, and gets one then.
     */
    public VerificationReport verifyRestored() {
        return verify(false);
    }

    private synchronized VerificationReport verify(boolean anchored) {
        LedgerKey key = context.ledgerKey();
        attachments.clear();
        lastSealDigests = Optional.empty();
        List<VerificationReport.Break> breaks = new ArrayList<>();
        try (Connection c = context.connection()) {
            Map<String, long[]> entryByVersion = new HashMap<>();
            Map<String, String> hashByVersion = new HashMap<>();
            long entries = checkChain(c, key, breaks, entryByVersion, hashByVersion);
            long versions = checkVersions(c, breaks, entryByVersion, hashByVersion);
            checkHeads(c, breaks);
            checkAttachments(c, breaks);
            new RowSeals(context).check(c, lastSealDigests, breaks);
            checkKeys(c, breaks);
            for (Check check : checks) {
                check.problems(c).forEach(p -> breaks.add(new VerificationReport.Break(0, p)));
            }
            if (anchored) {
                checkAnchor(c, breaks, entries);
            }
            breaks.sort(Comparator.comparingLong(b -> b.seq() == 0 ? Long.MAX_VALUE : b.seq()));
            return new VerificationReport(entries, versions, breaks);
        } catch (SQLException e) {
            throw new StoreException("cannot read the data set to verify it: " + e.getMessage(), e);
        }
    }

    private static String versionKey(String recordId, int version) {
        return recordId + "\u001f" + version;
    }

    private long checkChain(Connection c, LedgerKey key, List<VerificationReport.Break> breaks,
                            Map<String, long[]> entryByVersion, Map<String, String> hashByVersion)
            throws SQLException {
        long expectedSeq = 1;
        String prev = LedgerEntry.GENESIS;
        long count = 0;
        try (PreparedStatement s = c.prepareStatement("select seq, recorded_at, actor, action, record_id, version, "
                + "content_hash, detail, prev_hash, entry_hash, mac from ledger_entry order by seq");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                count++;
                String recordId = rs.getString(5);
                LedgerEntry e = new LedgerEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Optional.ofNullable(recordId), recordId == null ? 0 : rs.getInt(6),
                        recordId == null ? "" : rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                        rs.getString(11));
                if (e.seq() != expectedSeq) {
                    breaks.add(new VerificationReport.Break(expectedSeq, "entry is missing (next entry is #" + e.seq()
                            + "): ledger entries were deleted"));
                    expectedSeq = e.seq();
                }
                if (!e.prevHash().equals(prev)) {
                    breaks.add(new VerificationReport.Break(e.seq(), "does not follow the entry before it "
                            + "(previous-hash mismatch): entries were removed, reordered or replaced"));
                }
                if (!e.expectedHash().equals(e.entryHash())) {
                    breaks.add(new VerificationReport.Break(e.seq(), "its fields do not match its hash: the entry was "
                            + "edited (" + e.action() + " " + e.recordId().orElse("") + ")"));
                } else if (!key.mac(e.entryHash()).equals(e.mac())) {
                    breaks.add(new VerificationReport.Break(e.seq(), "its authentication code is wrong: the entry was "
                            + "written without the ledger key"));
                }
                if (RowSeals.recordsDigests(e.detail())) {
                    lastSealDigests = Optional.of(e);
                }
                if (e.action().equals("attach")) {
                    attachments.put(e.recordId().orElse(""), e);
                } else if (e.recordId().isPresent()) {
                    String k = versionKey(e.recordId().get(), e.version());
                    entryByVersion.put(k, new long[]{e.seq()});
                    hashByVersion.put(k, e.contentHash());
                }
                prev = e.entryHash();
                expectedSeq = e.seq() + 1;
            }
        }
        try (PreparedStatement s = c.prepareStatement("select seq, entry_hash from ledger_head where id = 1");
             ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                breaks.add(new VerificationReport.Break(0, "the ledger head row is missing"));
            } else if (rs.getLong(1) != expectedSeq - 1 || !rs.getString(2).equals(prev)) {
                breaks.add(new VerificationReport.Break(Math.max(1, Math.min(rs.getLong(1), expectedSeq - 1) + 1),
                        "the ledger head says entry #" + rs.getLong(1) + " is the last, but the chain ends at #"
                                + (expectedSeq - 1) + ": entries were added or removed outside Vigil"));
            }
        }
        return count;
    }

    private long checkVersions(Connection c, List<VerificationReport.Break> breaks, Map<String, long[]> entryByVersion,
                               Map<String, String> hashByVersion) throws SQLException {
        long count = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        try (PreparedStatement s = c.prepareStatement(
                "select record_id, version, body, content_hash from record_version order by record_id, version");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                count++;
                String id = rs.getString(1);
                int version = rs.getInt(2);
                String k = versionKey(id, version);
                seen.add(k);
                long[] entry = entryByVersion.get(k);
                String actual = Sha256.hex(rs.getString(3));
                if (entry == null) {
                    breaks.add(new VerificationReport.Break(0, "record '" + id + "' version " + version
                            + " has no ledger entry: it was inserted outside Vigil"));
                } else if (!actual.equals(hashByVersion.get(k))) {
                    breaks.add(new VerificationReport.Break(entry[0], "record '" + id + "' version " + version
                            + " does not match what the ledger recorded: the row was changed outside Vigil"));
                } else if (!actual.equals(rs.getString(4))) {
                    breaks.add(new VerificationReport.Break(entry[0], "record '" + id + "' version " + version
                            + " has a stored hash that differs from its content: the row was changed outside Vigil"));
                }
            }
        }
        for (Map.Entry<String, long[]> e : entryByVersion.entrySet()) {
            if (!seen.contains(e.getKey())) {
                String[] parts = e.getKey().split("\u001f");
                breaks.add(new VerificationReport.Break(e.getValue()[0], "record '" + parts[0] + "' version "
                        + parts[1] + " is missing: the row was deleted outside Vigil"));
            }
        }
        return count;
    }

    private static void checkHeads(Connection c, List<VerificationReport.Break> breaks) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select h.record_id, h.version, h.deleted, m.max_version, "
                + "v.deleted from record_head h "
                + "left join (select record_id, max(version) as max_version from record_version group by record_id) m "
                + "on m.record_id = h.record_id "
                + "left join record_version v on v.record_id = h.record_id and v.version = h.version");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                int max = rs.getInt(4);
                if (rs.wasNull() || max != rs.getInt(2) || rs.getBoolean(3) != rs.getBoolean(5)) {
                    breaks.add(new VerificationReport.Break(0, "record '" + id + "' shows version " + rs.getInt(2)
                            + " as current but its latest stored version is " + max
                            + ": the index was altered outside Vigil"));
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("select distinct v.record_id from record_version v "
                + "left join record_head h on h.record_id = v.record_id where h.record_id is null");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                breaks.add(new VerificationReport.Break(0, "record '" + rs.getString(1)
                        + "' has versions but no current-version entry: the index was altered outside Vigil"));
            }
        }
    }

    private void checkAttachments(Connection c, List<VerificationReport.Break> breaks) throws SQLException {
        java.util.Set<String> seen = new java.util.HashSet<>();
        try (PreparedStatement s = c.prepareStatement("select attachment_id, sha256, content from attachment");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String id = rs.getString(1);
                seen.add(id);
                LedgerEntry e = attachments.get(id);
                if (e == null) {
                    breaks.add(new VerificationReport.Break(0, "attachment '" + id
                            + "' has no ledger entry: it was inserted outside Vigil"));
                    continue;
                }
                String stored = Sha256.hex(rs.getBytes(3));
                if (!e.contentHash().equals(rs.getString(2)) || !e.detail().contains("stored-sha256=" + stored)) {
                    breaks.add(new VerificationReport.Break(e.seq(), "attachment '" + id
                            + "' does not match what the ledger recorded: the file was changed outside Vigil"));
                }
            }
        }
        for (LedgerEntry e : attachments.values()) {
            if (!seen.contains(e.recordId().orElse(""))) {
                breaks.add(new VerificationReport.Break(e.seq(), "attachment '" + e.recordId().orElse("")
                        + "' is missing: it was deleted outside Vigil"));
            }
        }
    }

    private void checkKeys(Connection c, List<VerificationReport.Break> breaks) throws SQLException {
        DataKeys.problems(c, context.datasetId(), context.keyDirectory())
                .forEach(p -> breaks.add(new VerificationReport.Break(0, p)));
    }

    private void checkAnchor(Connection c, List<VerificationReport.Break> breaks, long entries) throws SQLException {
        Optional<LedgerAnchor.Position> anchor;
        try {
            anchor = context.anchor().read();
        } catch (IllegalStateException e) {
            breaks.add(new VerificationReport.Break(0, e.getMessage()));
            return;
        }
        if (anchor.isEmpty()) {
            if (entries > 0) {
                // Without its anchor a copy cannot tell whether its newest entries were cut off.
                breaks.add(new VerificationReport.Break(0, "the ledger anchor of this copy is missing ("
                        + context.anchor().file() + "): it was deleted, or the data set was moved here from another "
                        + "directory or database" + (context.anchor().others().isEmpty() ? ""
                        : " (other copies' anchors: " + context.anchor().others() + ")")
                        + "; whether the newest entries were removed cannot be checked"));
            }
            return;
        }
        try (PreparedStatement s = c.prepareStatement("select entry_hash from ledger_entry where seq = ?")) {
            s.setLong(1, anchor.get().seq());
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    breaks.add(new VerificationReport.Break(anchor.get().seq(), "this machine saw entry #"
                            + anchor.get().seq() + " committed, but the ledger no longer has it: "
                            + "the newest entries were removed"));
                } else if (!rs.getString(1).equals(anchor.get().entryHash())) {
                    breaks.add(new VerificationReport.Break(anchor.get().seq(), "differs from the entry this machine "
                            + "saw committed: the ledger was rewritten"));
                }
            }
        }
    }
}
