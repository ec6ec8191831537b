package org.vigil.estimate.loglinear;

import java.util.List;

/**
 * One fitted log-linear model: N̂ = n + exp(intercept) and its standard error
 * sqrt(exp(b0) + exp(2 b0) var(b0)) as in Rcapture, with fit statistics.
 *
 * @param model the model name
 * @param abundance N̂
 * @param stderr standard error of N̂
 * @param deviance residual deviance
 * @param df residual degrees of freedom
 * @param aic Akaike information criterion (Poisson log-likelihood of the observed cells)
 * @param bic Bayesian information criterion, AIC + (log n - 2) * rank
 * @param converged whether IRLS converged to a finite fit
 * @param coefficients coefficient names and values (aliased or removed ones left out)
 * @param notes remarks on the fit (removed negative Chao terms, aliased columns, boundary estimates)
 */
public record LoglinearFit(String model, double abundance, double stderr, double deviance, int df, double aic,
                           double bic, boolean converged, List<Coefficient> coefficients, List<String> notes) {

    /** Copies lists. */
    public LoglinearFit {
        coefficients = List.copyOf(coefficients);
        notes = List.copyOf(notes);
    }

    /**
     * A named coefficient with its standard error.
     *
     * @param name "(Intercept)", a list name, "A:B" for an interaction, or a heterogeneity column name
     * @param estimate the estimate
     * @param stderr its standard error
     */
    public record Coefficient(String name, double estimate, double stderr) {
    }
}
