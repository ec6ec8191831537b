package org.vigil.estimate.internal.math;

import java.util.Arrays;

/** Sample quantiles, R's default definition (type 7: linear interpolation between order statistics). */
public final class Quantiles {

    private Quantiles() {
    }

    /** The p-quantile of draws (not modified). */
    public static double of(long[] draws, double p) {
        long[] sorted = draws.clone();
        Arrays.sort(sorted);
        return ofSorted(sorted, p);
    }

    /** The p-quantile of sorted draws. */
    public static double ofSorted(long[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** The mean of draws. */
    public static double mean(long[] draws) {
        double s = 0;
        for (long d : draws) {
            s += d;
        }
        return s / draws.length;
    }
}
