package org.vigil.link.internal.model;

import java.util.Arrays;
import java.util.function.IntBinaryOperator;

/**
 * The EM algorithm for a two-class mixture under conditional independence (Winkler 1988; Jaro
 * 1989), with the u-probabilities held fixed at their random-sampling estimates and only the
 * m-probabilities and the share of matches re-estimated, as Splink does. Fields used by the blocking
 * rule that made the pairs are left out: within a block they agree by construction.
 */
public final class ExpectationMaximisation {

    private static final double FLOOR = 1e-6;

    private ExpectationMaximisation() {
    }

    /**
     * The result of one EM run.
     *
     * @param m          m-probabilities per field and level (only free fields are estimated)
     * @param matchShare estimated share of matches among the pairs
     * @param iterations iterations run
     */
    public record Fit(double[][] m, double matchShare, int iterations) {
    }

    /**
     * Runs EM.
     *
     * @param counts        distinct comparison vectors and their counts
     * @param levelOf       decodes (pattern, field) to a level, -1 when missing
     * @param u             fixed u-probabilities per field and level
     * @param free          which fields are estimated
     * @param maxIterations most iterations
     */
    public static Fit run(PatternCounts counts, IntBinaryOperator levelOf, double[][] u, boolean[] free,
                          int maxIterations) {
        int fields = u.length;
        double[][] m = new double[fields][];
        for (int f = 0; f < fields; f++) {
            m[f] = initialM(u[f].length);
        }
        int[] patterns = counts.patterns();
        long[] c = counts.counts();
        int[][] levels = new int[patterns.length][fields];
        for (int p = 0; p < patterns.length; p++) {
            for (int f = 0; f < fields; f++) {
                levels[p][f] = free[f] ? levelOf.applyAsInt(patterns[p], f) : -1;
            }
        }
        double share = 0.1;
        int it = 0;
        double total = counts.total();
        while (it < maxIterations) {
            it++;
            double[][] mNext = new double[fields][];
            for (int f = 0; f < fields; f++) {
                mNext[f] = new double[u[f].length];
            }
            double matched = 0;
            double logPrior = Math.log(share / (1 - share));
            for (int p = 0; p < patterns.length; p++) {
                double logOdds = logPrior;
                for (int f = 0; f < fields; f++) {
                    int l = levels[p][f];
                    if (l >= 0) {
                        logOdds += Math.log(m[f][l]) - Math.log(u[f][l]);
                    }
                }
                double post = 1.0 / (1.0 + Math.exp(-logOdds));
                double w = c[p] * post;
                matched += w;
                for (int f = 0; f < fields; f++) {
                    int l = levels[p][f];
                    if (l >= 0) {
                        mNext[f][l] += w;
                    }
                }
            }
            double change = 0;
            for (int f = 0; f < fields; f++) {
                if (!free[f]) {
                    mNext[f] = m[f];
                    continue;
                }
                normalise(mNext[f]);
                for (int l = 0; l < m[f].length; l++) {
                    change = Math.max(change, Math.abs(mNext[f][l] - m[f][l]));
                }
            }
            double nextShare = Math.min(Math.max(matched / total, 1e-9), 1 - 1e-9);
            change = Math.max(change, Math.abs(nextShare - share));
            m = mNext;
            share = nextShare;
            if (change < 1e-7) {
                break;
            }
        }
        return new Fit(m, share, it);
    }

    /** Starting m-probabilities: most matches agree exactly, fewer at each weaker level. */
    static double[] initialM(int levels) {
        double[] m = new double[levels];
        for (int l = 0; l < levels; l++) {
            m[l] = Math.pow(0.25, l);
        }
        m[levels - 1] = Math.min(m[levels - 1], 0.02);
        normalise(m);
        return m;
    }

    static void normalise(double[] p) {
        double sum = Arrays.stream(p).sum();
        if (sum <= 0) {
            Arrays.fill(p, 1.0 / p.length);
            return;
        }
        double total = 0;
        for (int l = 0; l < p.length; l++) {
            p[l] = Math.max(p[l] / sum, FLOOR);
            total += p[l];
        }
        for (int l = 0; l < p.length; l++) {
            p[l] /= total;
        }
    }
}
