package org.vigil.core.run;

import java.util.concurrent.CancellationException;

/**
 * What long work tells whoever waits for it, and how they ask it to stop: linkage, estimation and
 * extraction all report through this one contract, so the command line prints one kind of progress line
 * and the web page shows one kind of bar.
 *
 * <p>Calls may come from worker threads, but one at a time.
 */
public interface Progress {

    /** Ignores progress and never asks to stop. */
    Progress NONE = (phase, done, total) -> { };

    /**
     * {@code done} of {@code total} units of a phase are finished ({@code total} 0 when not known).
     *
     * @param phase what is being done, e.g. "comparing pairs" or "lcmcr sweeps"
     */
    void step(String phase, long done, long total);

    /** A phase started or reached a point that has no count, e.g. ("blocking", "4 rules, 1.2 million pairs"). */
    default void note(String phase, String detail) {
    }

    /** True when whoever started the work wants it to stop; the work stops at its next safe point. */
    default boolean cancelled() {
        return false;
    }

    /** Stops the work by throwing when it has been cancelled; call between units of work. */
    default void stopIfCancelled() {
        if (cancelled()) {
            throw new CancellationException("stopped on request");
        }
    }
}
