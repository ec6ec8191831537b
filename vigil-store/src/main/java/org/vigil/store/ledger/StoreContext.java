package org.vigil.store.ledger;

import org.vigil.core.model.Record;
import org.vigil.core.model.SensitiveFields;
import org.vigil.store.StoreException;
import org.vigil.store.crypto.FieldCipher;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the store's repositories work over: an open data set's database, its field cipher and its ledger.
 * Every ledgered write goes through {@link #write}, so a change and the ledger entries describing it commit
 * together and the anchor moves only after the commit.
 *
 * <p>Internal to vigil-store. It is public only because its users sit in several of the store's packages;
 * applications work through {@code Store} and the repositories, which hand out no connection, cipher or key.
 */
public final class StoreContext {

    /** Database work that reads (or writes outside the ledger). */
    @FunctionalInterface
    public interface Query<T> {
        /** Runs the work on a connection. */
        T run(Connection connection) throws SQLException;
    }

    /** Database work inside a ledgered transaction: the change itself and the entries describing it. */
    @FunctionalInterface
    public interface LedgeredWork<T> {
        /** Changes rows through the connection and appends entries to the ledger. */
        T run(Connection connection, LedgerAppender ledger) throws SQLException;
    }

    private final DataSource database;
    private final String datasetId;
    private final Path keyDirectory;
    private final String locationTag;
    private final Supplier<FieldCipher> cipher;
    private volatile LedgerKey ledgerKey;
    private volatile LedgerAnchor anchor;

    /**
     * The context of an open data set.
     *
     * @param locationTag names this copy's ledger anchor among the copies of the data set (see LedgerAnchor)
     * @param cipher      unlocks the field cipher on first use (and says what is missing when it cannot)
     */
    public StoreContext(DataSource database, String datasetId, Path keyDirectory, String locationTag,
                        Supplier<FieldCipher> cipher) {
        this.database = database;
        this.datasetId = datasetId;
        this.keyDirectory = keyDirectory;
        this.locationTag = locationTag;
        this.cipher = cipher;
    }

    /** Gives a new data set its ledger key (an existing key file is kept). */
    public synchronized void createLedgerKey() {
        ledgerKey = LedgerKey.create(keyDirectory, datasetId);
    }

    /** The data set's permanent identifier. */
    public String datasetId() {
        return datasetId;
    }

    /** The directory of the data set's key files. */
    public Path keyDirectory() {
        return keyDirectory;
    }

    /** Opens a connection (the caller closes it). */
    public Connection connection() throws SQLException {
        return database.getConnection();
    }

    /**
     * Runs read-only work (or a write the ledger does not track, such as login counters).
     *
     * @param failure what could not be done, e.g. "cannot read accounts"
     * @throws StoreException with that message and the database's reason
     */
    public <T> T read(String failure, Query<T> query) {
        try (Connection c = connection()) {
            return query.run(c);
        } catch (SQLException e) {
            throw new StoreException(failure + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs a change and its ledger entries in one transaction: the ledger head is locked first, so writers
     * append one after another; the anchor beside the key moves only after the commit.
     *
     * @param failure what did not happen if it fails, e.g. "the attachment was not stored"
     * @throws StoreException with that message and the database's reason; nothing is changed
     */
    public <T> T write(String failure, LedgeredWork<T> work) {
        T result;
        LedgerAnchor.Position reached;
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try {
                LedgerAppender ledger = LedgerAppender.begin(c, ledgerKey());
                result = work.run(c, ledger);
                ledger.finish();
                c.commit();
                reached = ledger.position();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(failure + ": " + e.getMessage(), e);
        }
        anchor().advance(reached.seq(), reached.entryHash());
        return result;
    }

    /** The field cipher, unlocked on first use; the error says what is missing. */
    public FieldCipher cipher() {
        return cipher.get();
    }

    /** The record with its encrypted sensitive values opened (records without any come back as they are). */
    public Record reveal(Record stored) {
        boolean[] encrypted = new boolean[1];
        SensitiveFields.rewrite(stored, (id, path, v) -> {
            encrypted[0] |= FieldCipher.isEncrypted(v);
            return Optional.of(v);
        });
        return encrypted[0] ? cipher().decrypt(stored) : stored;
    }

    /** The record as it is stored: its sensitive values encrypted. */
    public Record conceal(Record plain) {
        return SensitiveFields.present(plain) ? cipher().encrypt(plain) : plain;
    }

    /** The ledger key, loaded on first use; the error says where it was expected. */
    LedgerKey ledgerKey() {
        LedgerKey k = ledgerKey;
        if (k == null) {
            synchronized (this) {
                if (ledgerKey == null) {
                    ledgerKey = LedgerKey.load(keyDirectory, datasetId);
                }
                k = ledgerKey;
            }
        }
        return k;
    }

    /**
     * Gives this copy its anchor when it has none and may have one without trusting anything unchecked: a
     * new, empty ledger is anchored at its start; a copy from before anchors were per copy takes over the
     * shared anchor if its ledger holds that very entry (a scratch copy restored from an older backup does
     * not, so production's anchor is left alone). Otherwise the anchor stays missing and verify says so.
     * Does nothing when the ledger key is not at hand (commands that need it say so themselves).
     */
    public void settleAnchor() {
        if (!LedgerKey.fileFor(keyDirectory, datasetId).toFile().exists()) {
            return;
        }
        LedgerAnchor a = anchor();
        if (a.exists()) {
            return;
        }
        read("cannot read the ledger head", c -> {
            Optional<LedgerAnchor.Position> shared;
            try {
                shared = a.shared();
            } catch (IllegalStateException e) {
                shared = Optional.empty();
            }
            if (shared.isPresent() && entryHash(c, shared.get().seq()).equals(Optional.of(shared.get().entryHash()))) {
                a.adoptShared();
            } else if (shared.isEmpty()) {
                try (var s = c.prepareStatement("select seq, entry_hash from ledger_head where id = 1");
                     var rs = s.executeQuery()) {
                    if (rs.next() && rs.getLong(1) == 0) {
                        a.replace(new LedgerAnchor.Position(0, rs.getString(2)));
                    }
                }
            }
            return null;
        });
    }

    private static Optional<String> entryHash(Connection c, long seq) throws SQLException {
        if (seq == 0) {
            return Optional.of(LedgerEntry.GENESIS);
        }
        try (var s = c.prepareStatement("select entry_hash from ledger_entry where seq = ?")) {
            s.setLong(1, seq);
            try (var rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** The anchor the copy of this data set at another location keeps (a restore anchors its target). */
    public LedgerAnchor anchorAt(String otherLocationTag) {
        return new LedgerAnchor(keyDirectory, datasetId, otherLocationTag, ledgerKey());
    }

    /** The committed-position anchor beside the key; one per open data set, so racing writers share its lock. */
    public LedgerAnchor anchor() {
        LedgerAnchor a = anchor;
        if (a == null) {
            synchronized (this) {
                if (anchor == null) {
                    anchor = new LedgerAnchor(keyDirectory, datasetId, locationTag, ledgerKey());
                }
                a = anchor;
            }
        }
        return a;
    }
}
