package org.vigil.estimate;

import org.junit.jupiter.api.Test;
import org.vigil.core.run.Progress;
import org.vigil.estimate.data.CaptureData;
import org.vigil.estimate.data.Membership;
import org.vigil.estimate.data.MembershipHistories;
import org.vigil.estimate.data.StratifiedHistory;
import org.vigil.estimate.dga.DgaSettings;
import org.vigil.estimate.lcmcr.LcmcrSettings;
import org.vigil.estimate.loglinear.LoglinearSettings;
import org.vigil.estimate.result.EstimateResult;
import org.vigil.estimate.result.ResultJson;
import org.vigil.estimate.result.ResultText;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The library entry point as a web endpoint or the store will call it. */
class EstimationEngineTest {

    private static final CaptureData KOSOVO = CaptureData.of(StratifiedHistory.single(Fixtures.kosovo()), "kosovo");

    private static EstimationRequest quickLcmcr(long seed) {
        return new EstimationRequest(Method.LCMCR, 0.95, seed, List.of(),
                new LcmcrSettings(10, 2, 300, 100, 2, 0.25, 0.25, 20), LoglinearSettings.defaults(), DgaSettings.defaults());
    }

    @Test
    void theJsonHasTheDocumentedTopLevelFieldsInOrder() {
        String json = ResultJson.write(new EstimationEngine().estimate(KOSOVO, quickLcmcr(1), Progress.NONE));
        int method = json.indexOf("\"method\"");
        int observed = json.indexOf("\"observed\"");
        int estimate = json.indexOf("\"estimate\"");
        int diagnostics = json.indexOf("\"diagnostics\"");
        int provenance = json.indexOf("\"provenance\"");
        assertThat(method).isNotNegative().isLessThan(observed);
        assertThat(observed).isLessThan(estimate);
        assertThat(estimate).isLessThan(diagnostics);
        assertThat(diagnostics).isLessThan(provenance);
        assertThat(json).contains("\"inputs\"").contains("\"sha256\"").contains("\"settings\"")
                .contains("\"seed\" : 1").contains("\"vigilVersion\"").contains("\"median\"").contains("\"mean\"").contains("\"lower\"")
                .contains("\"upper\"").contains("\"level\" : 0.95");
    }

    @Test
    void everyMethodIsDeterministicForAGivenSeed() {
        for (Method m : new Method[] {Method.LOGLINEAR, Method.DGA, Method.CHAO, Method.LCMCR}) {
            EstimationRequest r = m == Method.LCMCR ? quickLcmcr(9) : EstimationRequest.defaults(m).withSeed(9);
            String a = ResultJson.write(new EstimationEngine().estimate(KOSOVO, r, Progress.NONE));
            String b = ResultJson.write(new EstimationEngine().estimate(KOSOVO, r, Progress.NONE));
            assertThat(b).as(m.cliName()).isEqualTo(a);
        }
    }

    @Test
    void storeMembershipsWithStrataGiveOneEstimatePerStratumAndACombinedOne() {
        List<Membership> memberships = new ArrayList<>();
        int person = 0;
        String[] strata = {"2011-12", "2012-01"};
        for (String s : strata) {
            long[] counts = Fixtures.kosovo().counts();
            for (int p = 1; p < counts.length; p++) {
                for (long i = 0; i < counts[p] / 4; i++) {
                    String id = "c" + person++;
                    for (int j = 0; j < 4; j++) {
                        if (Fixtures.kosovo().onList(p, j)) {
                            memberships.add(Membership.of(id, Fixtures.kosovo().lists().get(j), s));
                        }
                    }
                }
            }
        }
        StratifiedHistory history = MembershipHistories.tabulate(memberships, Fixtures.kosovo().lists());
        EstimateResult r = new EstimationEngine().estimate(CaptureData.of(history, "store"), quickLcmcr(3), Progress.NONE);
        assertThat(r.strata()).hasSize(2);
        assertThat(r.observed()).isEqualTo(person);
        assertThat(r.estimate().mean())
                .isCloseTo(r.strata().get(0).estimate().mean() + r.strata().get(1).estimate().mean(),
                        org.assertj.core.api.Assertions.within(1e-6));
        assertThat(r.draws()).hasSize(200);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(ResultText.format(r)).contains("stratum 2011-12").contains("stratum 2012-01");
    }

    @Test
    void aCancelledDgaOrLoglinearRunStops() {
        Progress cancelled = new Progress() {
            @Override
            public void step(String phase, long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> new EstimationEngine().estimate(KOSOVO, EstimationRequest.defaults(Method.DGA), cancelled))
                .isInstanceOf(CancellationException.class);
        assertThatThrownBy(() -> new EstimationEngine().estimate(KOSOVO, EstimationRequest.defaults(Method.LOGLINEAR),
                cancelled)).isInstanceOf(CancellationException.class);
    }

    @Test
    void aDgaGridThatCutsThePosteriorIsReported() {
        EstimationRequest r = new EstimationRequest(Method.DGA, 0.95, 1, List.of(), LcmcrSettings.defaults(),
                LoglinearSettings.defaults(), new DgaSettings(java.util.OptionalDouble.empty(), 0,
                        java.util.OptionalLong.of(3_000), 1_000));
        EstimateResult result = new EstimationEngine().estimate(KOSOVO, r, Progress.NONE);
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).contains("raise --unobserved-max"));
    }

    @Test
    void lcmcrWarnsWhenTheUnobservedCountHitsItsCapAndWhenDrawsAreFew() {
        CaptureData sparse = CaptureData.of(StratifiedHistory.single(org.vigil.estimate.data.CaptureHistory.of(
                List.of("A", "B", "C"), new long[] {0, 40, 40, 0, 40, 0, 0, 1})), "sparse");
        EstimateResult result = new EstimationEngine().estimate(sparse, quickLcmcr(2), Progress.NONE);
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).contains("pressed against its cap of 2420"));
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).contains("effective draws"));
    }

    @Test
    void theTextSummarySaysWhatWasEstimatedAndFromWhat() {
        String text = ResultText.format(new EstimationEngine().estimate(KOSOVO, EstimationRequest.defaults(Method.CHAO),
                Progress.NONE));
        assertThat(text).contains("Method: chao").contains("Observed: 4,400 people on 4 lists")
                .contains("Recorded by no list:").contains("Input SHA-256");
    }
}
