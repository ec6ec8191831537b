package org.vigil.estimate.internal.dga;

import org.junit.jupiter.api.Test;
import org.vigil.core.run.Progress;
import org.vigil.estimate.Fixtures;
import org.vigil.estimate.data.CaptureHistory;
import org.vigil.estimate.data.EstimationInputException;
import org.vigil.estimate.dga.DgaSettings;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** dga against R's dga 2.0.2 (bma.cr with graphs4, posteriorQuantiles). */
class DgaReferenceTest {

    @Test
    void thereAre8And61And822DecomposableGraphsOn3To5Lists() {
        // OEIS A058862 (labelled chordal graphs): 8, 61, 822; dga ships graphs3/4/5 of these sizes.
        assertThat(DecomposableGraph.all(3)).hasSize(8);
        assertThat(DecomposableGraph.all(4)).hasSize(61);
        assertThat(DecomposableGraph.all(5)).hasSize(822);
    }

    @Test
    void kosovoWithDeltaOneSixteenthReproducesDgaToEveryPrintedDigit() {
        DgaSettings settings = new DgaSettings(OptionalDouble.of(1.0 / 16), 0, OptionalLong.of(40_000), 10_000);
        DgaEstimator.Posterior p = new DgaEstimator(settings).posterior(Fixtures.kosovo(), Progress.NONE);
        // R dga 2.0.2, bma.cr(Y, Nmissing = 0:40000, delta = 1/16, graphs4) then posteriorQuantiles:
        // median 12,595, 95% interval [9,827, 16,544]; top model [EXH,ABA,OSCE][EXH,OSCE,HRW] weight 0.986.
        // Exact computation: compared digit for digit (weight to 3 decimals as printed).
        assertThat(p.quantile(0.5)).isEqualTo(12_595);
        assertThat(p.quantile(0.025)).isEqualTo(9_827);
        assertThat(p.quantile(0.975)).isEqualTo(16_544);
        assertThat(p.models().get(0).model()).isEqualTo("[EXH,ABA,OSCE][EXH,OSCE,HRW]");
        assertThat(p.models().get(0).weight()).isCloseTo(0.986, within(0.0005));
        double total = 0;
        for (double x : p.probability()) {
            total += x;
        }
        assertThat(total).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void cliquesAndSeparatorsOfAChainAreFound() {
        // Graph A-B-C (edges AB, BC): cliques {A,B}, {B,C}, separator {B}.
        DecomposableGraph chain = DecomposableGraph.all(3).stream()
                .filter(g -> g.cliques().equals(List.of(0b011, 0b110))).findFirst().orElseThrow();
        assertThat(chain.separators()).containsExactly(0b010);
        assertThat(chain.describe(List.of("A", "B", "C"))).isEqualTo("[A,B][B,C]");
    }

    @Test
    void dgaNeedsThreeToSevenLists() {
        CaptureHistory two = CaptureHistory.of(List.of("A", "B"), new long[] {0, 3, 4, 5});
        assertThatThrownBy(() -> new DgaEstimator(DgaSettings.defaults()).posterior(two, Progress.NONE))
                .isInstanceOf(EstimationInputException.class).hasMessageContaining("3 to 7 lists");
    }
}
