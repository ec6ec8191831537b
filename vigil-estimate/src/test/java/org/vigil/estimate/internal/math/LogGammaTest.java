package org.vigil.estimate.internal.math;

import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LogGammaTest {

    @Test
    void agreesWithHipparchusToTwelveDigits() {
        // Reference: Hipparchus 4.0.2 Gamma.logGamma; tolerance 1e-12 relative (1e-13 absolute near the zeros at 1 and 2).
        double[] xs = {1e-8, 0.001, 0.0625, 0.5, 1, 1.5, 2, 3.7, 7.99, 8, 10.5, 100, 4400.0625, 1e6, 4.4e7};
        for (double x : xs) {
            double expected = Gamma.logGamma(x);
            assertThat(LogGamma.of(x)).as("logGamma(%s)", x)
                    .isCloseTo(expected, within(Math.max(1e-13, 1e-12 * Math.abs(expected))));
        }
    }

    @Test
    void logFactorialIsLogGammaOfKPlusOne() {
        assertThat(LogGamma.logFactorial(0)).isEqualTo(0);
        assertThat(LogGamma.logFactorial(10)).isCloseTo(Math.log(3_628_800), within(1e-12));
        assertThat(LogGamma.logFactorial(100_000)).isCloseTo(Gamma.logGamma(100_001), within(1e-7));
    }

    @Test
    void normalAndChiSquareQuantilesMatchTables() {
        // Abramowitz and Stegun table 26.5: z(0.975) = 1.959963985; chi-square(1) 0.95 = 3.841458821.
        assertThat(ChiSquareQuantile.normal(0.975)).isCloseTo(1.959963985, within(1e-8));
        assertThat(ChiSquareQuantile.chiSquare1(0.95)).isCloseTo(3.841458821, within(1e-7));
        assertThat(ChiSquareQuantile.normal(0.005)).isCloseTo(-2.575829304, within(1e-8));
    }
}
