package org.vigil.estimate.internal.math;

import org.hipparchus.distribution.IntegerDistribution;
import org.hipparchus.distribution.RealDistribution;
import org.hipparchus.distribution.continuous.BetaDistribution;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.hipparchus.distribution.continuous.GammaDistribution;
import org.hipparchus.distribution.discrete.BinomialDistribution;
import org.hipparchus.distribution.discrete.PascalDistribution;
import org.hipparchus.distribution.discrete.PoissonDistribution;
import org.hipparchus.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

import java.util.function.LongSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our samplers against Hipparchus 4.0.2's distributions. Discrete: chi-square goodness of fit on
 * 200,000 draws (cells with expected count below 5 merged into the tails), accepted when the
 * statistic is below the 0.9999 quantile. Continuous: Kolmogorov-Smirnov on 50,000 draws, accepted
 * when p > 1e-4. Seeds are fixed, so each verdict is reproducible.
 */
class VariatesTest {

    private static final int DRAWS = 200_000;

    private static void assertFollows(IntegerDistribution d, LongSupplier sampler) {
        long lo = d.getSupportLowerBound();
        long hi = d.getSupportUpperBound();
        // Range of cells with expected count >= 5.
        int mode = (int) Math.round(d.inverseCumulativeProbability(0.5));
        int a = mode;
        while (a > lo && d.probability(a - 1) * DRAWS >= 5) {
            a--;
        }
        int b = mode;
        while (b < hi && d.probability(b + 1) * DRAWS >= 5) {
            b++;
        }
        long[] observed = new long[b - a + 3];
        for (int i = 0; i < DRAWS; i++) {
            long x = sampler.getAsLong();
            assertThat(x).isBetween(lo, hi);
            int cell = x < a ? 0 : x > b ? observed.length - 1 : (int) (x - a) + 1;
            observed[cell]++;
        }
        double chi2 = 0;
        int cells = 0;
        for (int c = 0; c < observed.length; c++) {
            double p = c == 0 ? (a > lo ? d.cumulativeProbability(a - 1) : 0)
                    : c == observed.length - 1 ? 1 - d.cumulativeProbability(b) : d.probability(a + c - 1);
            double expected = p * DRAWS;
            if (expected > 0) {
                chi2 += (observed[c] - expected) * (observed[c] - expected) / expected;
                cells++;
            } else {
                assertThat(observed[c]).isZero();
            }
        }
        double limit = new ChiSquaredDistribution(cells - 1).inverseCumulativeProbability(0.9999);
        assertThat(chi2).as("chi-square on %d cells", cells).isLessThan(limit);
    }

    private static void assertFollows(RealDistribution d, java.util.function.DoubleSupplier sampler) {
        double[] x = new double[50_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = sampler.getAsDouble();
        }
        double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(d, x);
        assertThat(p).as("Kolmogorov-Smirnov p-value").isGreaterThan(1e-4);
    }

    @Test
    void binomialByTransformedRejectionFollowsTheBinomialDistribution() {
        Variates v = Variates.seeded(11);
        assertFollows(new BinomialDistribution(1131, 0.3), () -> v.binomial(1131, 0.3));
        assertFollows(new BinomialDistribution(60, 0.4), () -> v.binomial(60, 0.4));
    }

    @Test
    void binomialByInversionAndBySymmetryFollowTheBinomialDistribution() {
        Variates v = Variates.seeded(12);
        assertFollows(new BinomialDistribution(20, 0.2), () -> v.binomial(20, 0.2));
        assertFollows(new BinomialDistribution(5000, 0.001), () -> v.binomial(5000, 0.001));
        assertFollows(new BinomialDistribution(100, 0.95), () -> v.binomial(100, 0.95));
    }

    @Test
    void poissonByInversionAndByPtrsFollowsThePoissonDistribution() {
        Variates v = Variates.seeded(13);
        assertFollows(new PoissonDistribution(3.7), () -> v.poisson(3.7));
        assertFollows(new PoissonDistribution(25), () -> v.poisson(25));
        assertFollows(new PoissonDistribution(6000), () -> v.poisson(6000));
    }

    @Test
    void negativeBinomialIsFailuresBeforeTheRthSuccess() {
        Variates v = Variates.seeded(14);
        // Hipparchus' Pascal(r, p) counts failures before the r-th success, as our sampler does.
        assertFollows(new PascalDistribution(40, 0.3), () -> v.negativeBinomial(40, 0.3));
        // r = 400 (mean 552, the PTRS branch); Hipparchus' pmf returns NaN for r in the thousands.
        assertFollows(new PascalDistribution(400, 0.42), () -> v.negativeBinomial(400, 0.42));
    }

    @Test
    void gammaAndBetaFollowTheirDistributions() {
        Variates v = Variates.seeded(15);
        assertFollows(new GammaDistribution(0.3, 1), () -> v.gamma(0.3));
        assertFollows(new GammaDistribution(2.5, 1), () -> v.gamma(2.5));
        assertFollows(new GammaDistribution(1000, 1), () -> v.gamma(1000));
        assertFollows(new BetaDistribution(501, 1501), () -> v.beta(501, 1501));
        assertFollows(new BetaDistribution(1, 1), () -> v.beta(1, 1));
    }

    @Test
    void logGammaVariatesAreLogsOfGammaVariatesEvenForTinyShapes() {
        Variates v = Variates.seeded(16);
        // exp of the log-variate is Gamma(0.05): tested on the original scale.
        assertFollows(new GammaDistribution(0.05, 1), () -> Math.exp(v.logGamma(0.05)));
        assertFollows(new GammaDistribution(7, 1), () -> Math.exp(v.logGamma(7)));
    }

    @Test
    void multinomialMarginalsAreBinomialAndCountsAddUp() {
        Variates v = Variates.seeded(17);
        double[] w = {0.5, 3, 0.01, 1.49};
        long[] out = new long[4];
        double[] scratch = new double[4];
        assertFollows(new BinomialDistribution(700, 0.1), () -> {
            v.multinomial(700, w, out, scratch);
            assertThat(out[0] + out[1] + out[2] + out[3]).isEqualTo(700);
            return out[0];
        });
        assertFollows(new BinomialDistribution(700, 1.49 / 5), () -> {
            v.multinomial(700, w, out, scratch);
            return out[3];
        });
    }

    @Test
    void theSameSeedGivesTheSameDraws() {
        Variates a = Variates.seeded(99);
        Variates b = Variates.seeded(99);
        for (int i = 0; i < 1000; i++) {
            assertThat(a.binomial(1000, 0.37)).isEqualTo(b.binomial(1000, 0.37));
            assertThat(a.gamma(3.3)).isEqualTo(b.gamma(3.3));
        }
    }
}
