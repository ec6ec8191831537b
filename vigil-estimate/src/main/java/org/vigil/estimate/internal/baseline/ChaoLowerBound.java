package org.vigil.estimate.internal.baseline;

import org.vigil.estimate.data.CaptureHistory;

import java.util.Map;

/**
 * Chao's (1987) lower bound from the people seen on exactly one (f1) and exactly two (f2) lists:
 * f0 = f1^2 / (2 f2), variance f2 (r^4/4 + r^3 + r^2/2) with r = f1/f2 (Chao 1987, Biometrics 43,
 * eq. 11); when f2 = 0 the bias-corrected form f1(f1-1)/2 is used.
 */
public final class ChaoLowerBound {

    private ChaoLowerBound() {
    }

    /** The estimate. */
    public static ClosedFormEstimate estimate(CaptureHistory history) {
        long[] f = history.frequencyOfCaptures();
        double f1 = f[1];
        double f2 = f[2];
        long n = history.observed();
        if (f2 > 0) {
            double r = f1 / f2;
            double f0 = f1 * f1 / (2 * f2);
            double variance = f2 * (r * r * r * r / 4 + r * r * r + r * r / 2);
            return new ClosedFormEstimate(n, f0, Math.sqrt(variance));
        }
        double f0 = f1 * (f1 - 1) / 2;
        double total = n + f0;
        // Chao (2005, Encyclopedia of Statistical Sciences) variance for f2 = 0.
        double variance = f1 * (f1 - 1) / 2 + f1 * Math.pow(2 * f1 - 1, 2) / 4 - Math.pow(f1, 4) / (4 * total);
        return new ClosedFormEstimate(n, f0, Math.sqrt(Math.max(variance, 0)));
    }

    /** The counts used. */
    public static Map<String, Long> statistics(CaptureHistory history) {
        long[] f = history.frequencyOfCaptures();
        return Map.of("f1", f[1], "f2", f[2]);
    }
}
