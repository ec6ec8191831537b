package org.vigil.estimate.internal.math;

import java.util.SplittableRandom;

/**
 * Random variates for the samplers, drawn from one {@link SplittableRandom} so a seed fixes every
 * draw. Not thread-safe: one instance per chain. Algorithms: Marsaglia and Tsang (2000) for gamma,
 * Hörmann (1993) BTRD for binomial and PTRS for Poisson, inversion for small means.
 */
public final class Variates {

    private final SplittableRandom random;

    /** 1/x for small x: the inversion loop multiplies instead of dividing. */
    private static final double[] RECIPROCAL = new double[64];

    static {
        for (int x = 1; x < RECIPROCAL.length; x++) {
            RECIPROCAL[x] = 1.0 / x;
        }
    }

    /** Variates from a seeded generator. */
    public Variates(SplittableRandom random) {
        this.random = random;
    }

    /** Variates from a seed. */
    public static Variates seeded(long seed) {
        return new Variates(new SplittableRandom(seed));
    }

    /** Uniform on the open interval (0, 1). */
    public double uniform() {
        return ((random.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
    }

    /** Standard normal. */
    public double normal() {
        return random.nextGaussian();
    }

    /** Gamma(shape, rate 1) for shape > 0. */
    public double gamma(double shape) {
        if (shape < 1) {
            // Boost: G(a) = G(a+1) U^(1/a); see Marsaglia and Tsang (2000), section 6.
            return gamma(shape + 1) * Math.pow(uniform(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = normal();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = uniform();
            double x2 = x * x;
            if (u < 1 - 0.0331 * x2 * x2) {
                return d * v;
            }
            if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    /**
     * The logarithm of a Gamma(shape, 1) variate, accurate even when the variate itself would
     * underflow (shape far below 1).
     */
    public double logGamma(double shape) {
        if (shape < 1) {
            return Math.log(gamma(shape + 1)) + Math.log(uniform()) / shape;
        }
        return Math.log(gamma(shape));
    }

    /** Beta(a, b) for a, b > 0. */
    public double beta(double a, double b) {
        double x = gamma(a);
        double y = gamma(b);
        return x / (x + y);
    }

    /** Binomial(n, p). */
    public long binomial(long n, double p) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        if (p > 0.5) {
            return n - binomial(n, 1 - p);
        }
        if (n * p < 10) {
            return binomialInversion(n, p);
        }
        return binomialBtrd(n, p);
    }

    private long binomialInversion(long n, double p) {
        double q = 1 - p;
        double s = p / q;
        double a = (n + 1) * s;
        double start = n < 64 ? power(q, (int) n) : Math.exp(n * Math.log1p(-p));
        while (true) {
            double r = start;
            double u = uniform();
            long x = 0;
            while (u >= r) {
                u -= r;
                x++;
                if (x > n) {
                    break;
                }
                r *= (x < RECIPROCAL.length ? a * RECIPROCAL[(int) x] : a / x) - s;
            }
            if (x <= n) {
                return x;
            }
        }
    }

    private static double power(double base, int exponent) {
        double result = 1;
        double b = base;
        for (int e = exponent; e != 0; e >>= 1) {
            if ((e & 1) != 0) {
                result *= b;
            }
            b *= b;
        }
        return result;
    }

    private long binomialBtrd(long n, double p) {
        double q = 1 - p;
        long m = (long) Math.floor((n + 1) * p);
        double npq = n * p * q;
        double spq = Math.sqrt(npq);
        double b = 1.15 + 2.53 * spq;
        double a = -0.0873 + 0.0248 * b + 0.01 * p;
        double c = n * p + 0.5;
        double alpha = (2.83 + 5.1 / b) * spq;
        double vr = 0.92 - 4.2 / b;
        double urvr = 0.86 * vr;
        // Only the rare rejection branch needs these logarithms; compute them on first use.
        double logOdds = Double.NaN;
        double logFm = 0;
        while (true) {
            double v = uniform();
            double u;
            if (v <= urvr) {
                u = v / vr - 0.43;
                return (long) Math.floor((2 * a / (0.5 - Math.abs(u)) + b) * u + c);
            }
            if (v >= vr) {
                u = uniform() - 0.5;
            } else {
                u = v / vr - 0.93;
                u = Math.signum(u) * 0.5 - u;
                v = uniform() * vr;
            }
            double us = 0.5 - Math.abs(u);
            double kd = Math.floor((2 * a / us + b) * u + c);
            if (kd < 0 || kd > n) {
                continue;
            }
            long k = (long) kd;
            v = v * alpha / (a / (us * us) + b);
            if (Double.isNaN(logOdds)) {
                logOdds = Math.log(p / q);
                logFm = LogGamma.logFactorial(m) + LogGamma.logFactorial(n - m);
            }
            // Exact acceptance: log f(k)/f(m) from log-factorials instead of the paper's recursions.
            double logRatio = logFm - LogGamma.logFactorial(k) - LogGamma.logFactorial(n - k) + (k - m) * logOdds;
            if (Math.log(v) <= logRatio) {
                return k;
            }
        }
    }

    /** Poisson(mean). */
    public long poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean < 10) {
            double p = Math.exp(-mean);
            double u = uniform();
            long x = 0;
            while (u > p) {
                u -= p;
                x++;
                p *= mean / x;
                if (p == 0) {
                    return poisson(mean);
                }
            }
            return x;
        }
        double slam = Math.sqrt(mean);
        double logMean = Math.log(mean);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = uniform() - 0.5;
            double v = uniform();
            double us = 0.5 - Math.abs(u);
            double kd = Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) {
                return (long) kd;
            }
            if (kd < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            long k = (long) kd;
            if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b)
                    <= -mean + k * logMean - LogGamma.logFactorial(k)) {
                return k;
            }
        }
    }

    /**
     * Negative binomial: failures before {@code successes} successes with success probability
     * {@code p}, drawn as a gamma mixture of Poissons.
     */
    public long negativeBinomial(double successes, double p) {
        if (p >= 1) {
            return 0;
        }
        return poisson(gamma(successes) * (1 - p) / p);
    }

    /**
     * Multinomial(n, weights/sum) into {@code out} (same length as weights), by conditional binomials.
     * Weights need not be normalised; {@code suffix} is scratch space of the same length.
     */
    public void multinomial(long n, double[] weights, long[] out, double[] suffix) {
        int k = weights.length;
        double acc = 0;
        for (int i = k - 1; i >= 0; i--) {
            acc += weights[i];
            suffix[i] = acc;
        }
        long remaining = n;
        for (int i = 0; i < k - 1; i++) {
            if (remaining == 0) {
                out[i] = 0;
                continue;
            }
            double p = suffix[i] > 0 ? weights[i] / suffix[i] : 1;
            long x = binomial(remaining, Math.min(1, p));
            out[i] = x;
            remaining -= x;
        }
        out[k - 1] = remaining;
    }

    /** A uniformly random index below {@code bound}. */
    public int index(int bound) {
        return random.nextInt(bound);
    }

    /** An independent generator split off this one (deterministic given this one's state). */
    public Variates split() {
        return new Variates(random.split());
    }
}
