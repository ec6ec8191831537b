package org.vigil.store.ledger;

import org.vigil.store.Store;
import org.vigil.store.StoreException;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A change to the database and its ledger entries, committed together or not at all; the anchor beside the
 * key moves only after the commit.
 */
public final class LedgeredChange {

    /** The work done inside the transaction: the change itself and the entries describing it. */
    @FunctionalInterface
    public interface Work {
        /** Changes rows through the connection and appends entries to the ledger. */
        void run(Connection connection, LedgerAppender ledger) throws SQLException;
    }

    private LedgeredChange() {
    }

    /**
     * Runs the work in one transaction.
     *
     * @param failure what did not happen if it fails, e.g. "the attachment was not stored"
     * @throws StoreException with that message and the database's reason; nothing is changed
     */
    public static void commit(Store store, String failure, Work work) {
        try (Connection c = store.connection()) {
            c.setAutoCommit(false);
            try {
                LedgerAppender ledger = LedgerAppender.begin(c, store.ledgerKey());
                work.run(c, ledger);
                ledger.finish();
                c.commit();
                store.anchor().advance(ledger.position().seq(), ledger.position().entryHash());
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(failure + ": " + e.getMessage(), e);
        }
    }
}
