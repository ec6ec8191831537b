package org.vigil.estimate.internal.math;

/**
 * The logarithm of the gamma function and of factorials, to about 1e-14 absolute accuracy
 * (Stirling's series with six correction terms after shifting the argument to at least 8).
 */
public final class LogGamma {

    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
    private static final int TABLE_SIZE = 4096;
    private static final double[] LOG_FACTORIAL = new double[TABLE_SIZE];

    static {
        for (int k = 2; k < TABLE_SIZE; k++) {
            LOG_FACTORIAL[k] = LOG_FACTORIAL[k - 1] + Math.log(k);
        }
    }

    private LogGamma() {
    }

    /** log Γ(x) for x > 0. */
    public static double of(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("log-gamma needs x > 0, got " + x);
        }
        double shift = 0;
        // Recurrence Γ(x+1) = xΓ(x) lifts small arguments into the range where the series is exact.
        if (x < 8) {
            double product = 1;
            while (x < 8) {
                product *= x;
                x += 1;
            }
            shift = Math.log(product);
        }
        double inv = 1 / x;
        double inv2 = inv * inv;
        double series = inv * (1.0 / 12 + inv2 * (-1.0 / 360 + inv2 * (1.0 / 1260 + inv2 * (-1.0 / 1680
                + inv2 * (1.0 / 1188 + inv2 * (-691.0 / 360360))))));
        return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + series - shift;
    }

    /** log k! for k >= 0. */
    public static double logFactorial(long k) {
        if (k < TABLE_SIZE) {
            return LOG_FACTORIAL[(int) k];
        }
        return of(k + 1.0);
    }
}
