package org.vigil.estimate.baseline;

import org.vigil.estimate.result.Diagnostics;

import java.util.Map;

/**
 * Diagnostics of a closed-form baseline estimator.
 *
 * @param estimator the estimator and its reference
 * @param stderr standard error of N̂
 * @param statistics the counts it used (n1, n2, m or f1, f2)
 */
public record BaselineDiagnostics(String estimator, double stderr, Map<String, Long> statistics)
        implements Diagnostics {

    /** Copies the map. */
    public BaselineDiagnostics {
        statistics = Map.copyOf(statistics);
    }
}
