package org.vigil.store.ledger;

import org.vigil.store.Store;

import java.util.Optional;

/**
 * Notes in the audit ledger that material left the store — a report written, a data set exported — with
 * who asked, what it was and the SHA-256 of the bytes handed out, so a leaked copy can be traced to its request.
 */
public final class Disclosures {

    /** The ledger action of a disclosure entry. */
    public static final String ACTION = "disclose";

    private final StoreContext context;

    /** Disclosures of a store. */
    public Disclosures(Store store) {
        this.context = store.context();
    }

    /**
     * Appends one entry.
     *
     * @param actor who asked ("user:ana", "cli:root")
     * @param what what was handed out ("report")
     * @param detail its settings, e.g. "country=KZ year=2012 audience=public format=pdf"
     * @param sha256 the SHA-256 (hex) of the bytes handed out
     */
    public void record(String actor, String what, String detail, String sha256) {
        context.write("the ledger entry for the " + what + " was not written, so it was not handed out",
                (c, ledger) -> ledger.append(actor, ACTION, Optional.empty(), 0, "",
                        "what=" + what + " " + detail + " sha256=" + sha256));
    }
}
