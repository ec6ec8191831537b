package org.vigil.estimate.internal.result;

import org.junit.jupiter.api.Test;
import org.vigil.core.count.CountQualifier;
import org.vigil.core.run.Progress;
import org.vigil.estimate.EstimationEngine;
import org.vigil.estimate.EstimationRequest;
import org.vigil.estimate.Fixtures;
import org.vigil.estimate.Method;
import org.vigil.estimate.data.CaptureData;
import org.vigil.estimate.data.StratifiedHistory;
import org.vigil.estimate.result.EstimateResult;

import static org.assertj.core.api.Assertions.assertThat;

class EstimateCountsTest {

    @Test
    void aLoglinearEstimateOfKosovoReadsAsQualifiedCounts() {
        EstimateResult r = new EstimationEngine().estimate(
                CaptureData.of(StratifiedHistory.single(Fixtures.kosovo()), "kosovo"),
                EstimationRequest.defaults(Method.LOGLINEAR), Progress.NONE);
        // Rcapture: N = 10,356.5, profile CI 8,994.3 - 12,110.4; n = 4,400.
        assertThat(EstimateCounts.recorded(r).value()).isEqualTo(4400);
        assertThat(EstimateCounts.recorded(r).qualifier()).isEqualTo(CountQualifier.AT_LEAST);
        assertThat(EstimateCounts.total(r).value()).isEqualTo(10_357);
        assertThat(EstimateCounts.total(r).qualifier()).isEqualTo(CountQualifier.APPROXIMATELY);
        assertThat(EstimateCounts.lower(r).value()).isEqualTo(8_994);
        assertThat(EstimateCounts.upper(r).value()).isEqualTo(12_111);
        assertThat(EstimateCounts.upper(r).qualifier()).isEqualTo(CountQualifier.UP_TO);
    }
}
