package org.vigil.estimate.internal.lcmcr;

import org.vigil.estimate.data.CaptureHistory;
import org.vigil.estimate.internal.math.Variates;
import org.vigil.estimate.lcmcr.LcmcrSettings;

/**
 * One Gibbs chain of the non-parametric latent-class model of Manrique-Vallier (2016): K classes
 * with stick-breaking weights nu, capture probabilities lambda[j][k] ~ Beta(1, 1), concentration
 * alpha ~ Gamma(a, b), p(N) ∝ 1/N. The state holds class counts per observed pattern, never
 * individuals, so a sweep costs O(patterns × K × J) whatever the number of people.
 */
public final class LcmcrChain {

    /** Up to this many lists, pattern probabilities are tabulated per class each sweep. */
    private static final int TABLE_LISTS = 8;

    private final int lists;
    private final int classes;
    private final int cells;
    private final boolean[][] onList;
    private final long[] cellCount;
    private final long observed;
    private final long cap;
    private final double alphaShape;
    private final double alphaRate;
    private final Variates random;

    private final double[] lambda;
    private final double[] nu;
    private final double[] logNu;
    private double alpha;
    private long unobserved;
    private long capHits;
    private final long[][] classCounts;
    private final long[] unobservedCounts;

    private final double[] weights;
    private final double[] scratch;
    private final int[] cellPattern;
    private final double[][] patternProbability;
    private final long[] classTotal;
    private final long[] onListCount;

    /**
     * A chain started from a random state drawn with {@code random}.
     *
     * @param history the observed capture history
     * @param settings the model settings (K, alpha prior, cap)
     * @param random this chain's random source
     */
    public LcmcrChain(CaptureHistory history, LcmcrSettings settings, Variates random) {
        this.lists = history.listCount();
        this.classes = settings.latentClasses();
        this.random = random;
        this.alphaShape = settings.alphaShape();
        this.alphaRate = settings.alphaRate();
        int used = 0;
        for (int p = 1; p < history.cellCount(); p++) {
            used += history.count(p) > 0 ? 1 : 0;
        }
        this.cells = used;
        this.onList = new boolean[cells][lists];
        this.cellCount = new long[cells];
        this.cellPattern = new int[cells];
        int m = 0;
        for (int p = 1; p < history.cellCount(); p++) {
            if (history.count(p) > 0) {
                for (int j = 0; j < lists; j++) {
                    onList[m][j] = history.onList(p, j);
                }
                cellPattern[m] = p;
                cellCount[m++] = history.count(p);
            }
        }
        this.observed = history.observed();
        this.cap = (long) Math.floor(settings.capFactor() * observed);
        this.lambda = new double[lists * classes];
        this.nu = new double[classes];
        this.logNu = new double[classes];
        this.classCounts = new long[cells][classes];
        this.unobservedCounts = new long[classes];
        this.weights = new double[classes];
        this.scratch = new double[classes];
        // With few lists, all 2^J pattern probabilities of a class cost fewer products than one per observed cell.
        this.patternProbability = lists <= TABLE_LISTS ? new double[classes][1 << lists] : null;
        this.classTotal = new long[classes];
        this.onListCount = new long[lists * classes];
        initialise(history);
    }

    private void initialise(CaptureHistory history) {
        // Dispersed start: list marginal frequencies jittered per class, weights from the prior with alpha = 1.
        for (int j = 0; j < lists; j++) {
            double marginal = (double) history.listTotal(j) / observed;
            for (int k = 0; k < classes; k++) {
                double value = marginal + 0.3 * (random.uniform() - 0.5);
                lambda[j * classes + k] = Math.min(0.95, Math.max(0.05, value));
            }
        }
        alpha = 1;
        double rest = 0;
        for (int k = 0; k < classes - 1; k++) {
            double v = random.beta(1, alpha);
            logNu[k] = Math.log(v) + rest;
            rest += Math.log1p(-v);
        }
        logNu[classes - 1] = rest;
        for (int k = 0; k < classes; k++) {
            nu[k] = Math.exp(logNu[k]);
        }
        unobserved = 0;
    }

    /** One Gibbs sweep over all parameters. */
    public void sweep() {
        sampleObservedClasses();
        sampleLambda();
        sampleWeights();
        sampleUnobserved();
        sampleAlpha();
    }

    private void sampleObservedClasses() {
        if (patternProbability != null) {
            tabulatePatternProbabilities();
        }
        for (int m = 0; m < cells; m++) {
            if (patternProbability != null) {
                int p = cellPattern[m];
                for (int k = 0; k < classes; k++) {
                    weights[k] = patternProbability[k][p];
                }
            } else {
                boolean[] on = onList[m];
                for (int k = 0; k < classes; k++) {
                    double w = nu[k];
                    for (int j = 0; j < lists; j++) {
                        double l = lambda[j * classes + k];
                        w *= on[j] ? l : 1 - l;
                    }
                    weights[k] = w;
                }
            }
            long count = cellCount[m];
            long[] out = classCounts[m];
            if (count == 1) {
                java.util.Arrays.fill(out, 0);
                out[categorical(weights)] = 1;
            } else {
                random.multinomial(count, weights, out, scratch);
            }
        }
    }

    /** P(pattern, class) = nu_k * prod_j lambda or (1 - lambda), built list by list (first list = high bit). */
    private void tabulatePatternProbabilities() {
        for (int k = 0; k < classes; k++) {
            double[] t = patternProbability[k];
            t[0] = nu[k];
            int size = 1;
            for (int j = 0; j < lists; j++) {
                double l = lambda[j * classes + k];
                for (int i = size - 1; i >= 0; i--) {
                    double v = t[i];
                    t[2 * i + 1] = v * l;
                    t[2 * i] = v * (1 - l);
                }
                size <<= 1;
            }
        }
    }

    private int categorical(double[] w) {
        double total = 0;
        for (double x : w) {
            total += x;
        }
        double u = random.uniform() * total;
        for (int k = 0; k < w.length - 1; k++) {
            u -= w[k];
            if (u < 0) {
                return k;
            }
        }
        return w.length - 1;
    }

    private void sampleLambda() {
        java.util.Arrays.fill(onListCount, 0);
        System.arraycopy(unobservedCounts, 0, classTotal, 0, classes);
        for (int m = 0; m < cells; m++) {
            long[] c = classCounts[m];
            boolean[] on = onList[m];
            for (int k = 0; k < classes; k++) {
                long x = c[k];
                if (x == 0) {
                    continue;
                }
                classTotal[k] += x;
                for (int j = 0; j < lists; j++) {
                    if (on[j]) {
                        onListCount[j * classes + k] += x;
                    }
                }
            }
        }
        for (int j = 0; j < lists; j++) {
            for (int k = 0; k < classes; k++) {
                long on = onListCount[j * classes + k];
                // An empty class draws from the Beta(1, 1) prior, i.e. a uniform: no gamma variates needed.
                lambda[j * classes + k] = classTotal[k] == 0 ? random.uniform()
                        : random.beta(1.0 + on, 1.0 + (classTotal[k] - on));
            }
        }
    }

    private void sampleWeights() {
        // Stick-breaking V_k ~ Beta(1 + n_k, alpha + n_{>k}) as a ratio of gammas. While the second
        // shape is at least 1 and the remaining stick is not tiny this is done in linear space;
        // otherwise in log space, so tiny sticks never underflow (alpha far below 1, empty tail).
        long remaining = observed + unobserved;
        double rest = 1;
        double logRest = 0;
        boolean logSpace = false;
        for (int k = 0; k < classes - 1; k++) {
            remaining -= classTotal[k];
            double b = alpha + remaining;
            if (!logSpace && (b < 1 || rest < 1e-200)) {
                logSpace = true;
                logRest = Math.log(rest);
            }
            if (logSpace) {
                double g1 = random.logGamma(1.0 + classTotal[k]);
                double g2 = random.logGamma(b);
                double sum = Math.max(g1, g2) + Math.log1p(Math.exp(-Math.abs(g1 - g2)));
                nu[k] = Math.exp(g1 - sum + logRest);
                logRest += g2 - sum;
            } else {
                double g1 = random.gamma(1.0 + classTotal[k]);
                double g2 = random.gamma(b);
                double sum = g1 + g2;
                nu[k] = g1 / sum * rest;
                rest *= g2 / sum;
            }
        }
        logNu[classes - 1] = logSpace ? logRest : Math.log(rest);
        nu[classes - 1] = logSpace ? Math.exp(logRest) : rest;
    }

    private void sampleUnobserved() {
        double probZero = 0;
        for (int k = 0; k < classes; k++) {
            double w = nu[k];
            for (int j = 0; j < lists; j++) {
                w *= 1 - lambda[j * classes + k];
            }
            weights[k] = w;
            probZero += w;
        }
        // p(n0 | rest) is negative binomial under the 1/N prior; redraws truncate it at the cap.
        long n0 = random.negativeBinomial(observed, 1 - Math.min(probZero, 1 - 1e-12));
        if (n0 > cap) {
            capHits++;
            for (int attempt = 0; attempt < 50 && n0 > cap; attempt++) {
                n0 = random.negativeBinomial(observed, 1 - Math.min(probZero, 1 - 1e-12));
            }
            n0 = Math.min(n0, cap);
        }
        unobserved = n0;
        random.multinomial(n0, weights, unobservedCounts, scratch);
    }

    private void sampleAlpha() {
        double rate = alphaRate - logNu[classes - 1];
        alpha = random.gamma(alphaShape + classes - 1) / rate;
        // A collapsed last stick (log nu = -inf) would make alpha 0 and freeze the chain.
        if (!(alpha > 1e-300)) {
            alpha = 1e-300;
        }
    }

    /** The current total N = n + n0. */
    public long total() {
        return observed + unobserved;
    }

    /** The current concentration alpha. */
    public double alpha() {
        return alpha;
    }

    /** How many classes currently hold someone. */
    public int occupiedClasses() {
        int occupied = 0;
        for (int k = 0; k < classes; k++) {
            occupied += classTotal[k] > 0 ? 1 : 0;
        }
        return occupied;
    }

    /** How many sweeps drew an unobserved count above the cap. */
    public long capHits() {
        return capHits;
    }

    /** The cap on the unobserved count. */
    public long cap() {
        return cap;
    }
}
