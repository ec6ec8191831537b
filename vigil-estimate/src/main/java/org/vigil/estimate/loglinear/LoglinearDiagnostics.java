package org.vigil.estimate.loglinear;

import org.vigil.estimate.result.Diagnostics;

import java.util.List;

/**
 * Diagnostics of a log-linear estimate.
 *
 * @param model the model used
 * @param selectedBy "given" (from --model) or "BIC" (best of the hierarchical search)
 * @param fit the fit of that model (N̂, se, deviance, AIC, BIC, coefficients)
 * @param profileMaximum N maximising the multinomial profile likelihood
 * @param upperBoundReached false when the profile interval's upper end lies beyond 3N̂
 * @param modelsSearched how many hierarchical models were fitted (0 when a model was given)
 * @param ranking the best models of the search by BIC (at most 10)
 * @param closedpMenu Rcapture's closedp.t menu of models fitted to the same data, for comparison
 */
public record LoglinearDiagnostics(String model, String selectedBy, LoglinearFit fit, double profileMaximum,
                                   boolean upperBoundReached, int modelsSearched, List<LoglinearFit> ranking,
                                   List<LoglinearFit> closedpMenu) implements Diagnostics {

    /** Copies lists. */
    public LoglinearDiagnostics {
        ranking = List.copyOf(ranking);
        closedpMenu = List.copyOf(closedpMenu);
    }
}
