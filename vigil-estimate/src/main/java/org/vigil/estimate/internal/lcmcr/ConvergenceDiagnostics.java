package org.vigil.estimate.internal.lcmcr;

/**
 * Convergence diagnostics of several chains of one scalar: split R-hat and the multi-chain
 * effective sample size with Geyer's initial monotone sequence (Gelman et al., Bayesian Data
 * Analysis, 3rd ed., section 11.4-11.5).
 */
public final class ConvergenceDiagnostics {

    private ConvergenceDiagnostics() {
    }

    /** Split R-hat: each chain halved, between- against within-half variance; 1 means agreement. */
    public static double splitRHat(long[][] chains) {
        int half = chains[0].length / 2;
        int m = chains.length * 2;
        double[] means = new double[m];
        double[] vars = new double[m];
        int s = 0;
        for (long[] chain : chains) {
            for (int h = 0; h < 2; h++) {
                int from = h * half;
                double mean = 0;
                for (int i = 0; i < half; i++) {
                    mean += chain[from + i];
                }
                mean /= half;
                double v = 0;
                for (int i = 0; i < half; i++) {
                    double d = chain[from + i] - mean;
                    v += d * d;
                }
                means[s] = mean;
                vars[s++] = v / (half - 1);
            }
        }
        double grand = 0;
        for (double x : means) {
            grand += x;
        }
        grand /= m;
        double b = 0;
        for (double x : means) {
            b += (x - grand) * (x - grand);
        }
        b = b * half / (m - 1);
        double w = 0;
        for (double v : vars) {
            w += v;
        }
        w /= m;
        if (w == 0) {
            return b == 0 ? 1 : Double.POSITIVE_INFINITY;
        }
        double varPlus = (half - 1.0) / half * w + b / half;
        return Math.sqrt(varPlus / w);
    }

    /** Effective sample size over all chains. */
    public static double effectiveSampleSize(long[][] chains) {
        int m = chains.length;
        int n = chains[0].length;
        double[] means = new double[m];
        double[] vars = new double[m];
        for (int c = 0; c < m; c++) {
            double mean = 0;
            for (long x : chains[c]) {
                mean += x;
            }
            mean /= n;
            double v = 0;
            for (long x : chains[c]) {
                v += (x - mean) * (x - mean);
            }
            means[c] = mean;
            vars[c] = v / (n - 1);
        }
        double grand = 0;
        for (double x : means) {
            grand += x;
        }
        grand /= m;
        double b = 0;
        for (double x : means) {
            b += (x - grand) * (x - grand);
        }
        b = m > 1 ? b * n / (m - 1) : 0;
        double w = 0;
        for (double v : vars) {
            w += v;
        }
        w /= m;
        double varPlus = (n - 1.0) / n * w + b / n;
        if (varPlus == 0) {
            return m * (double) n;
        }
        double sum = 0;
        double previousPair = Double.POSITIVE_INFINITY;
        for (int t = 0; t + 1 < n; t += 2) {
            double pair = rho(chains, means, varPlus, w, t) + rho(chains, means, varPlus, w, t + 1);
            if (pair < 0) {
                break;
            }
            pair = Math.min(pair, previousPair);
            previousPair = pair;
            sum += pair;
        }
        // sum covers rho_0 (= 1 up to rounding) + rho_1 + ...: tau = -1 + 2 * sum.
        double tau = -1 + 2 * sum;
        return m * (double) n / Math.max(tau, 1.0 / Math.log10(Math.max(10, m * (double) n)));
    }

    private static double rho(long[][] chains, double[] means, double varPlus, double w, int lag) {
        int n = chains[0].length;
        double acov = 0;
        for (int c = 0; c < chains.length; c++) {
            long[] x = chains[c];
            double mean = means[c];
            double s = 0;
            for (int i = 0; i + lag < n; i++) {
                s += (x[i] - mean) * (x[i + lag] - mean);
            }
            acov += s / n;
        }
        acov /= chains.length;
        return 1 - (w - acov) / varPlus;
    }
}
