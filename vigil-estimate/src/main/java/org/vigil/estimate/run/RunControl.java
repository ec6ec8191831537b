package org.vigil.estimate.run;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * How a caller follows and stops a run: a progress listener and a cancellation flag that long loops
 * poll; a cancelled run throws {@link CancellationException}.
 *
 * @param listener receives progress
 * @param cancelled returns true once the caller wants the run stopped
 */
public record RunControl(ProgressListener listener, BooleanSupplier cancelled) {

    /** No progress reporting, never cancelled. */
    public static final RunControl NONE = new RunControl(ProgressListener.NONE, () -> false);

    /** A control that only reports progress. */
    public static RunControl reporting(ProgressListener listener) {
        return new RunControl(listener, () -> false);
    }

    /** Throws {@link CancellationException} if the caller cancelled (or the thread was interrupted). */
    public void checkCancelled() {
        if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("estimation cancelled");
        }
    }
}
