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
    private final Supplier<FieldCipher> cipher;
    private volatile LedgerKey ledgerKey;
    private volatile LedgerAnchor anchor;

    /**
     * The context of an open data set.
     *
     * @param cipher unlocks the field cipher on first use (and says what is missing when it cannot)
     */
    public StoreContext(DataSource database, String datasetId, Path keyDirectory, Supplier<FieldCipher> cipher) {
        this.database = database;
        this.datasetId = datasetId;
        this.keyDirectory = keyDirectory;
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

    /** The committed-position anchor beside the key; one per open data set, so racing writers share its lock. */
    public LedgerAnchor anchor() {
        LedgerAnchor a = anchor;
        if (a == null) {
            synchronized (this) {
                if (anchor == null) {
                    anchor = new LedgerAnchor(keyDirectory, datasetId, ledgerKey());
                }
                a = anchor;
            }
        }
        return a;
    }
}
