package org.vigil.link.internal.model;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * EM recovers the m-probabilities and the share of matches of data drawn from a known
 * Fellegi–Sunter model (the reference values are the generating parameters themselves).
 */
class ExpectationMaximisationTest {

    private static final double[][] M = {{0.9, 0.08, 0.02}, {0.85, 0.1, 0.05}, {0.8, 0.15, 0.05}};
    private static final double[][] U = {{0.01, 0.04, 0.95}, {0.02, 0.08, 0.90}, {0.05, 0.10, 0.85}};
    private static final double SHARE = 0.2;

    @Test
    void recoversTheGeneratingParameters() {
        SplittableRandom random = new SplittableRandom(1);
        int pairs = 200_000;
        int[] patterns = new int[pairs];
        for (int k = 0; k < pairs; k++) {
            double[][] p = random.nextDouble() < SHARE ? M : U;
            int pattern = 0;
            int radix = 1;
            for (double[] field : p) {
                pattern += draw(random, field) * radix;
                radix *= 3;
            }
            patterns[k] = pattern;
        }
        ExpectationMaximisation.Fit fit = ExpectationMaximisation.run(PatternCounts.of(patterns, pairs),
                (pattern, f) -> (int) (pattern / Math.pow(3, f)) % 3, U, new boolean[]{true, true, true}, 200);
        // tolerance 0.01: sampling error with 200,000 pairs is about 0.002
        assertThat(fit.matchShare()).isCloseTo(SHARE, within(0.01));
        for (int f = 0; f < 3; f++) {
            for (int l = 0; l < 3; l++) {
                assertThat(fit.m()[f][l]).as("m[%d][%d]", f, l).isCloseTo(M[f][l], within(0.01));
            }
        }
    }

    @Test
    void fieldsLeftOutKeepTheirStartingValues() {
        int[] patterns = {0, 1, 2, 0, 4, 8};
        boolean[] free = {true, false, true};
        ExpectationMaximisation.Fit fit = ExpectationMaximisation.run(PatternCounts.of(patterns, patterns.length),
                (pattern, f) -> (int) (pattern / Math.pow(3, f)) % 3, U, free, 10);
        assertThat(fit.m()[1]).containsExactly(ExpectationMaximisation.initialM(3));
    }

    private static int draw(SplittableRandom random, double[] p) {
        double u = random.nextDouble();
        double acc = 0;
        for (int l = 0; l < p.length; l++) {
            acc += p[l];
            if (u < acc) {
                return l;
            }
        }
        return p.length - 1;
    }
}
