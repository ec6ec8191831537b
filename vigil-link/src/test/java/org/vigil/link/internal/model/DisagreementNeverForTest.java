package org.vigil.link.internal.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A level that says two sources disagree (two birth dates of the same year, different days) is at most
 * neutral, whatever EM fitted: on data full of namesakes EM gave it m above u (issue 17).
 */
class DisagreementNeverForTest {

    @Test
    void aContradictingLevelWithMAboveUIsLoweredToUAndTheRestKeepsSummingToOne() {
        // the court-style held-out fit before the rule: "same year, month or day differs" m 0.0183, u 0.0045
        double[] m = {0.5, 0.4, 0.0817, 0.0183};
        double[] u = {0.001, 0.01, 0.0045, 0.9845};
        boolean changed = ModelEstimator.disagreementNeverFor(m, u, List.of(2, 3));
        assertThat(changed).isTrue();
        assertThat(m[2]).isCloseTo(0.0045, within(1e-12));
        assertThat(m[0] + m[1] + m[2] + m[3]).isCloseTo(1.0, within(1e-12));
        // the excess (0.0772) goes to the levels not capped in proportion to their m (0.5 : 0.4 : 0.0183)
        assertThat(m[0]).isCloseTo(0.5 + 0.0772 * 0.5 / 0.9183, within(1e-12));
        assertThat(m[0] / m[1]).isCloseTo(0.5 / 0.4, within(1e-12));
        assertThat(m[0] / m[3]).isCloseTo(0.5 / 0.0183, within(1e-9));
    }

    @Test
    void aContradictingLevelAlreadyAgainstAMatchIsLeftAlone() {
        double[] m = {0.9, 0.05, 0.05};
        double[] u = {0.01, 0.09, 0.9};
        assertThat(ModelEstimator.disagreementNeverFor(m, u, List.of(2))).isFalse();
        assertThat(m).containsExactly(0.9, 0.05, 0.05);
    }
}
