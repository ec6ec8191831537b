package org.vigil.estimate.internal.lcmcr;

import org.junit.jupiter.api.Test;
import org.vigil.estimate.internal.math.Variates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ConvergenceDiagnosticsTest {

    private static long[][] ar1(double rho, int chains, int n, double shiftOfLastChain, long seed) {
        Variates v = Variates.seeded(seed);
        long[][] out = new long[chains][n];
        for (int c = 0; c < chains; c++) {
            double x = 0;
            for (int i = 0; i < n; i++) {
                x = rho * x + Math.sqrt(1 - rho * rho) * v.normal();
                out[c][i] = Math.round(1000 * x + (c == chains - 1 ? shiftOfLastChain : 0));
            }
        }
        return out;
    }

    @Test
    void independentChainsFromOneDistributionHaveRHatNearOne() {
        assertThat(ConvergenceDiagnostics.splitRHat(ar1(0, 4, 2_000, 0, 1))).isCloseTo(1.0, within(0.01));
    }

    @Test
    void aChainStuckElsewhereRaisesRHat() {
        assertThat(ConvergenceDiagnostics.splitRHat(ar1(0, 4, 2_000, 3_000, 2))).isGreaterThan(1.2);
    }

    @Test
    void effectiveSampleSizeOfAnAr1ProcessIsNTimesOneMinusRhoOverOnePlusRho() {
        // For AR(1) with coefficient rho the integrated autocorrelation time is (1+rho)/(1-rho)
        // (BDA3 section 11.5): 4 x 5,000 draws with rho = 0.8 give 20,000/9 = 2,222. One estimate varies
        // by about 9% between seeds, so the mean of 8 independent replicates is checked within ±7%.
        double sum = 0;
        for (long seed = 1; seed <= 8; seed++) {
            sum += ConvergenceDiagnostics.effectiveSampleSize(ar1(0.8, 4, 5_000, 0, 100 + seed));
        }
        assertThat(sum / 8).isCloseTo(2_222, within(155.0));
        double iid = ConvergenceDiagnostics.effectiveSampleSize(ar1(0, 4, 5_000, 0, 4));
        assertThat(iid).isCloseTo(20_000, within(3_000.0));
    }
}
