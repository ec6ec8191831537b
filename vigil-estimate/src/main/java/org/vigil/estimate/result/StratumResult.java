package org.vigil.estimate.result;

import java.util.List;

/**
 * The estimate of one stratum.
 *
 * @param stratum the stratum name
 * @param observed people observed in it
 * @param estimate its estimate
 * @param diagnostics its diagnostics
 * @param warnings warnings about it
 */
public record StratumResult(String stratum, long observed, Estimate estimate, Diagnostics diagnostics,
                            List<String> warnings) {

    /** Copies the list. */
    public StratumResult {
        warnings = List.copyOf(warnings);
    }
}
