package org.vigil.estimate.run;

/** Receives progress of long estimations (called from worker threads, one call at a time). */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = (phase, done, total) -> { };

    /**
     * Reports that {@code done} of {@code total} units of {@code phase} are finished.
     *
     * @param phase what is being done, e.g. "lcmcr sweeps" or "dga models"
     * @param done units finished
     * @param total units in all
     */
    void progress(String phase, long done, long total);
}
