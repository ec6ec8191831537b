package org.vigil.estimate.internal.baseline;

import org.junit.jupiter.api.Test;
import org.vigil.estimate.Fixtures;
import org.vigil.estimate.data.CaptureHistory;
import org.vigil.estimate.data.EstimationInputException;
import org.vigil.estimate.result.Estimate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class BaselineTest {

    @Test
    void chapmanEstimatorByHand() {
        // n1 = 60, n2 = 50, m = 20: Chapman N = 61 * 51 / 21 - 1 = 147.142857...;
        // Seber variance 61 * 51 * 40 * 30 / (21^2 * 22) = 384.5...; worked by hand.
        CaptureHistory h = CaptureHistory.of(List.of("A", "B"), new long[] {0, 30, 40, 20});
        ClosedFormEstimate e = LincolnPetersen.estimate(h);
        assertThat(h.observed() + e.unobserved()).isCloseTo(147.142857, within(1e-6));
        assertThat(e.stderr() * e.stderr()).isCloseTo(61.0 * 51 * 40 * 30 / (21.0 * 21 * 22), within(1e-9));
        Estimate ci = e.toEstimate(0.95);
        assertThat(ci.lower()).isGreaterThan(h.observed()).isLessThan(147.14);
        assertThat(ci.upper()).isGreaterThan(147.15);
    }

    @Test
    void lincolnPetersenRefusesMoreThanTwoLists() {
        assertThatThrownBy(() -> LincolnPetersen.estimate(Fixtures.kosovo()))
                .isInstanceOf(EstimationInputException.class).hasMessageContaining("exactly two lists")
                .hasMessageContaining("--lists");
    }

    @Test
    void chaoLowerBoundOnKosovoByHand() {
        // Kosovo: f1 = 306 + 936 + 845 + 1131 = 3218, f2 = 123 + 31 + 217 + 106 + 228 + 177 = 882;
        // f0 = 3218^2 / (2 * 882) = 5870.56...
        ClosedFormEstimate e = ChaoLowerBound.estimate(Fixtures.kosovo());
        assertThat(e.unobserved()).isCloseTo(3218.0 * 3218 / (2 * 882), within(1e-9));
        double r = 3218.0 / 882;
        assertThat(e.stderr()).isCloseTo(Math.sqrt(882 * (r * r * r * r / 4 + r * r * r + r * r / 2)), within(1e-9));
    }
}
