package org.vigil.estimate.lcmcr;

import org.vigil.estimate.result.Diagnostics;

import java.util.List;

/**
 * Diagnostics of an LCMCR run.
 *
 * @param rHat split R-hat of N over all chains (above 1.05: chains disagree)
 * @param effectiveSampleSize effective number of independent draws of N
 * @param chainMedians the median of N in each chain
 * @param capHits sweeps whose unobserved count exceeded the cap (summed over chains)
 * @param cap the cap on the unobserved count
 * @param meanOccupiedClasses average number of latent classes holding someone
 * @param meanAlpha posterior mean of the concentration alpha
 * @param draws kept draws over all chains
 */
public record LcmcrDiagnostics(double rHat, double effectiveSampleSize, List<Double> chainMedians, long capHits,
                               long cap, double meanOccupiedClasses, double meanAlpha, int draws)
        implements Diagnostics {

    /** Copies the list. */
    public LcmcrDiagnostics {
        chainMedians = List.copyOf(chainMedians);
    }
}
