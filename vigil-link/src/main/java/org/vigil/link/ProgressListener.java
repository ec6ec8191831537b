package org.vigil.link;

import org.vigil.link.block.BlockingReport;

/** Receives progress of a linkage run, e.g. to show it on standard error or in a web page. */
public interface ProgressListener {

    /** A listener that ignores everything. */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void stage(String stage, String detail) {
        }
    };

    /** A stage started or advanced: {@code ("compare", "1200000 pairs")}. */
    void stage(String stage, String detail);

    /** The candidate pairs per blocking rule, known before any comparison runs. */
    default void blocking(BlockingReport report) {
        stage("blocking", report.rules().size() + " rules, at most " + report.pairsUpperBound() + " candidate pairs");
    }
}
