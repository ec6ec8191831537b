package org.vigil.store.users;

import org.vigil.store.Store;
import org.vigil.store.ledger.StoreContext;

import java.util.Optional;

/**
 * Security events that change no table but must be on the record: attempts to unlock a passphrase-protected
 * data set, failed or not. They go to the audit ledger, so guessing at the passphrase leaves a trace that
 * verification protects like any change.
 */
public final class SecurityEvents {

    /** The ledger action of a failed unlock. */
    public static final String UNLOCK_FAILED = "unlock.fail";
    /** The ledger action of a successful unlock. */
    public static final String UNLOCKED = "unlock";

    private final StoreContext context;

    /** The events of an open store. */
    public SecurityEvents(Store store) {
        this.context = store.context();
    }

    /** Notes an unlock attempt by a signed-in user; {@code failuresInARow} counts this one if it failed. */
    public void unlockAttempt(String actor, boolean succeeded, int failuresInARow) {
        String action = succeeded ? UNLOCKED : UNLOCK_FAILED;
        context.write("the unlock attempt could not be recorded", (c, ledger) -> ledger.append(actor, action,
                Optional.empty(), 0, "", succeeded ? "" : "failures-in-a-row=" + failuresInARow));
    }
}
