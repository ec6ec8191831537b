package org.vigil.report;

import java.util.List;
import java.util.Optional;

/**
 * An estimate of a total (from multiple systems estimation) that a report states beside the documented count.
 *
 * @param what what is counted, as a noun phrase ("people killed")
 * @param category the violation category the estimate belongs to, if any (it is then stated in that section)
 * @param method the method's name as the estimator reports it ("lcmcr", "loglinear"...)
 * @param observed how many were documented on at least one list
 * @param median the point estimate (posterior median or N-hat)
 * @param lower lower end of the interval
 * @param upper upper end of the interval
 * @param level the interval's level, e.g. 0.95
 * @param posterior the posterior histogram, for Bayesian methods
 * @param provenance how to reproduce it (seed, input hash, version), quoted in the internal version
 */
public record ReportEstimate(String what, Optional<String> category, String method, long observed, double median,
                             double lower, double upper, double level, Optional<PosteriorHistogram> posterior,
                             String provenance) {

    /** Checks the interval. */
    public ReportEstimate {
        if (what == null || what.isBlank()) {
            throw new IllegalArgumentException("an estimate needs to say what it counts");
        }
        if (!(lower <= median && median <= upper)) {
            throw new IllegalArgumentException("estimate " + median + " lies outside its interval [" + lower + ", "
                    + upper + "]");
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("interval level " + level + " must lie between 0 and 1");
        }
        category = category == null ? Optional.empty() : category;
        method = method == null ? "" : method;
        posterior = posterior == null ? Optional.empty() : posterior;
        provenance = provenance == null ? "" : provenance;
    }

    /**
     * A posterior histogram: bin i covers [start + i*width, start + (i+1)*width) and holds mass[i].
     *
     * @param start left edge of the first bin
     * @param width bin width
     * @param mass probability per bin
     */
    public record PosteriorHistogram(double start, double width, List<Double> mass) {
        /** Copies the masses. */
        public PosteriorHistogram {
            mass = List.copyOf(mass);
        }
    }
}
