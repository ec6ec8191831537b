package org.vigil.estimate.result;

/**
 * The estimated total number of people (observed plus unobserved). For a Bayesian method the
 * posterior median and mean and an equal-tailed credible interval; for a frequentist method
 * {@code median} and {@code mean} both hold N̂ and {@code lower}/{@code upper} its confidence interval.
 *
 * @param median posterior median, or N̂
 * @param mean posterior mean, or N̂
 * @param lower lower end of the interval
 * @param upper upper end of the interval
 * @param level the interval's level, e.g. 0.95
 */
public record Estimate(double median, double mean, double lower, double upper, double level) {
}
