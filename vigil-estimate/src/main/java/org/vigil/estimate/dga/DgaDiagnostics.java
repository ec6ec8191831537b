package org.vigil.estimate.dga;

import org.vigil.estimate.result.Diagnostics;

import java.util.List;

/**
 * Diagnostics of a dga run.
 *
 * @param delta the hyper-Dirichlet prior count per cell
 * @param unobservedMin grid start
 * @param unobservedMax grid end
 * @param graphs number of decomposable graphs averaged over
 * @param topModels the most probable graphs (at most 10), best first
 * @param massNearGridEnd posterior mass in the top 1% of the grid (should be near 0)
 */
public record DgaDiagnostics(double delta, long unobservedMin, long unobservedMax, int graphs,
                             List<ModelWeight> topModels, double massNearGridEnd) implements Diagnostics {

    /** Copies the list. */
    public DgaDiagnostics {
        topModels = List.copyOf(topModels);
    }
}
