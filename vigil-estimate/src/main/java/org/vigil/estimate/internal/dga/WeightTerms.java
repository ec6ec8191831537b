package org.vigil.estimate.internal.dga;

import org.vigil.estimate.data.CaptureHistory;
import org.vigil.estimate.internal.math.LogGamma;

/**
 * The pieces of a graph's log posterior weight at N = n + unobservedMin + i (grid index i), as R's dga
 * defines it: hyper-Dirichlet prior with delta per cell of the full table, p(N) ∝ 1/N. A graph's log weight is
 * {@code shared(i) + k·normaliser(i) + Σ component(clique, i) − Σ component(separator, i)}, k its number of
 * connected components (cliques minus separators). Only the all-absent cell of each margin moves with i.
 */
final class WeightTerms {

    private final long observed;
    private final long unobservedMin;
    private final double alphaTotal;
    private final double logGammaAlphaTotal;
    private final double observedFactorials;
    private final double[] constant;
    private final double[] absent;
    private final double[] alpha;

    private WeightTerms(long observed, long unobservedMin, double alphaTotal, double observedFactorials,
                        double[] constant, double[] absent, double[] alpha) {
        this.observed = observed;
        this.unobservedMin = unobservedMin;
        this.alphaTotal = alphaTotal;
        this.logGammaAlphaTotal = LogGamma.of(alphaTotal);
        this.observedFactorials = observedFactorials;
        this.constant = constant;
        this.absent = absent;
        this.alpha = alpha;
    }

    /** The terms for this history, prior count {@code delta} per cell and grid start {@code unobservedMin}. */
    static WeightTerms of(CaptureHistory history, double delta, long unobservedMin) {
        int p = history.listCount();
        int subsets = 1 << p;
        double[] constant = new double[subsets];
        double[] absent = new double[subsets];
        double[] alpha = new double[subsets];
        for (int s = 1; s < subsets; s++) {
            int mask = patternMask(s, p);
            int size = Integer.bitCount(s);
            alpha[s] = delta * (1 << (p - size));
            double[] marginal = new double[subsets];
            for (int pattern = 1; pattern < history.cellCount(); pattern++) {
                marginal[pattern & mask] += history.count(pattern);
            }
            double c = -(1 << size) * LogGamma.of(alpha[s]);
            for (int pattern = 1; pattern < marginal.length; pattern++) {
                if ((pattern & mask) == pattern) {
                    c += LogGamma.of(marginal[pattern] + alpha[s]);
                }
            }
            constant[s] = c;
            absent[s] = marginal[0];
        }
        double observedFactorials = 0;
        for (int pattern = 1; pattern < history.cellCount(); pattern++) {
            observedFactorials += LogGamma.logFactorial(history.count(pattern));
        }
        return new WeightTerms(history.observed(), unobservedMin, delta * subsets, observedFactorials, constant,
                absent, alpha);
    }

    /** Number of subsets of lists (2^J), the index range of {@link #component}. */
    int subsets() {
        return constant.length;
    }

    /** Marginal log-likelihood of the complete model on the lists of subset s (bit j = list j), s ≥ 1. */
    double component(int s, int i) {
        return constant[s] + LogGamma.of(absent[s] + unobservedMin + i + alpha[s]);
    }

    /** Per-component normaliser log Γ(total prior count) − log Γ(N + total prior count). */
    double normaliser(int i) {
        return logGammaAlphaTotal - LogGamma.of(observed + unobservedMin + i + alphaTotal);
    }

    /** Terms common to all graphs: the multinomial coefficient and the prior 1/N. */
    double shared(int i) {
        long missing = unobservedMin + i;
        long total = observed + missing;
        return LogGamma.logFactorial(total) - observedFactorials - LogGamma.logFactorial(missing) - Math.log(total);
    }

    /**
     * How far {@code -component(s, ·)} can rise above the straight line from its value at {@code from} with slope
     * {@code -log(x + from)} by {@code to}: log Γ(x + i) grows by log(x + j) ≥ log(x + from) from j to j + 1.
     */
    double componentGap(int s, int from, int to) {
        return gap(absent[s] + unobservedMin + alpha[s], from, to);
    }

    /** The same rise for {@code -normaliser} (which enters once per connected component). */
    double normaliserGap(int from, int to) {
        return gap(observed + unobservedMin + alphaTotal, from, to);
    }

    /** The same rise for {@code shared}, whose only concave part is −log(missing!). */
    double sharedGap(int from, int to) {
        return gap(unobservedMin + 1.0, from, to);
    }

    private static double gap(double x, int from, int to) {
        if (to == from) {
            return 0;
        }
        double rise = LogGamma.of(x + to) - LogGamma.of(x + from) - (to - from) * Math.log(x + from);
        // Rounding of two large log-gammas can make a true zero slightly negative; keep the bound safe.
        return Math.max(0, rise) + 1e-9 * (1 + Math.abs(LogGamma.of(x + to)));
    }

    /** Converts a subset of list indices (bit i = list i) to a pattern mask (first list = highest bit). */
    private static int patternMask(int subset, int lists) {
        int mask = 0;
        for (int i = 0; i < lists; i++) {
            if ((subset & (1 << i)) != 0) {
                mask |= 1 << (lists - 1 - i);
            }
        }
        return mask;
    }
}
