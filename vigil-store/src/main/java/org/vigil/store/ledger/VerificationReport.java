package org.vigil.store.ledger;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of checking a data set against its ledger.
 *
 * @param entries  ledger entries checked
 * @param versions record versions checked
 * @param breaks   everything found wrong, earliest ledger position first
 */
public record VerificationReport(long entries, long versions, List<Break> breaks) {

    /** One thing found wrong; {@code seq} is the ledger entry concerned, or 0 for rows with no entry. */
    public record Break(long seq, String description) {
        @Override
        public String toString() {
            return (seq > 0 ? "ledger entry #" + seq + ": " : "") + description;
        }
    }

    /** Copies the list. */
    public VerificationReport {
        breaks = List.copyOf(breaks);
    }

    /** True when nothing is wrong. */
    public boolean ok() {
        return breaks.isEmpty();
    }

    /** The first break in ledger order. */
    public Optional<Break> firstBreak() {
        return breaks.stream().findFirst();
    }

    /** A human summary: one line when all is well, else the first break and a count. */
    public String summary() {
        if (ok()) {
            return "OK: " + entries + " ledger entries and " + versions + " record versions verified";
        }
        return "BROKEN: " + firstBreak().orElseThrow() + (breaks.size() > 1 ? " (" + (breaks.size() - 1)
                + " more problems)" : "");
    }
}
