package org.vigil.extract;

/** Receives progress while a report is read, e.g. to drive a progress bar or a job status. */
@FunctionalInterface
public interface ExtractionListener {

    /** A listener that ignores progress. */
    ExtractionListener NONE = (stage, done, total) -> { };

    /**
     * Reports progress.
     *
     * @param stage what is being done ("layout", "sentences", "facts")
     * @param done  units finished
     * @param total units in all
     */
    void progress(String stage, int done, int total);
}
