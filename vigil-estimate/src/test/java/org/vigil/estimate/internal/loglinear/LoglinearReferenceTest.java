package org.vigil.estimate.internal.loglinear;

import org.junit.jupiter.api.Test;
import org.vigil.core.run.Progress;
import org.vigil.estimate.Fixtures;
import org.vigil.estimate.data.CaptureHistory;
import org.vigil.estimate.loglinear.LoglinearFit;
import org.vigil.estimate.loglinear.LoglinearSettings;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Log-linear estimates against Rcapture 1.4-4 and the published Kosovo figure. */
class LoglinearReferenceTest {

    private final CaptureHistory kosovo = Fixtures.kosovo();
    private final LoglinearModel ballModel = ModelCatalogue.of(kosovo).parse("[EXH*ABA*OSCE, EXH*HRW, OSCE*HRW]");

    @Test
    void kosovoModelOfBallEtAlGivesRcapturesAbundanceAndStandardError() {
        LoglinearFit fit = new ModelFitter(kosovo).fit(ballModel);
        // Rcapture closedpCI.t(mX = ~ EXH*ABA*OSCE + EXH*HRW + OSCE*HRW): N = 10,356.5 (±0.5), stderr 785.9 (±0.5);
        // Ball et al. (2002) published 10,356.
        assertThat(fit.abundance()).isCloseTo(10_356.5, within(0.5));
        assertThat(fit.stderr()).isCloseTo(785.9, within(0.5));
        assertThat(fit.df()).isEqualTo(4);
    }

    @Test
    void kosovoProfileLikelihoodIntervalMatchesRcapture() {
        ModelFitter fitter = new ModelFitter(kosovo);
        LoglinearFit fit = fitter.fit(ballModel);
        ModelFitter.ProfileInterval ci = fitter.profileInterval(ballModel, fit.abundance(), 0.95);
        // Rcapture closedpCI.t profile-likelihood 95% CI: 8,994 - 12,110 (±2).
        assertThat(ci.lower()).isCloseTo(8_994, within(2.0));
        assertThat(ci.upper()).isCloseTo(12_110, within(2.0));
        assertThat(ci.upperBounded()).isTrue();
    }

    @Test
    void theHierarchicalSearchRanksBallEtAlsModelFirstByBic() {
        LoglinearEstimator.Outcome o = new LoglinearEstimator(LoglinearSettings.defaults())
                .estimate(kosovo, 0.95, Progress.NONE);
        // Rcapture closedpMS.t on the same table: [123,14,34] has the smallest BIC.
        assertThat(o.diagnostics().model()).isEqualTo("[EXH*ABA*OSCE, EXH*HRW, OSCE*HRW]");
        assertThat(o.diagnostics().selectedBy()).isEqualTo("BIC");
        assertThat(o.diagnostics().modelsSearched()).isEqualTo(113);
        assertThat(o.diagnostics().ranking().get(0).bic()).isLessThan(o.diagnostics().ranking().get(1).bic());
        assertThat(o.fit().abundance()).isCloseTo(10_356.5, within(0.5));
    }

    @Test
    void snowshoeHareMthPoisson2MatchesRcapturesDocumentation() {
        CaptureHistory hare = Fixtures.hare();
        LoglinearFit fit = new ModelFitter(hare).fit(ModelCatalogue.of(hare).parse("Mth Poisson2"));
        // Rcapture documentation (closedp.t on hare): Mth Poisson2 N = 81.1, s.e. about 5.6 (5.7 in some
        // printings), AIC 146. Tolerances: N ±0.05 (one printed decimal), s.e. ±0.15, AIC ±0.5.
        assertThat(fit.abundance()).isCloseTo(81.1, within(0.05));
        assertThat(fit.stderr()).isCloseTo(5.6, within(0.15));
        assertThat(fit.aic()).isCloseTo(146, within(0.5));
    }

    @Test
    void snowshoeHareMthPoisson2HasTheSmallestAicOfTheClosedpMenu() {
        CaptureHistory hare = Fixtures.hare();
        ModelFitter fitter = new ModelFitter(hare);
        String best = null;
        double bestAic = Double.POSITIVE_INFINITY;
        for (LoglinearModel m : ModelCatalogue.of(hare).closedpMenu()) {
            LoglinearFit fit = fitter.fit(m);
            if (fit.aic() < bestAic) {
                bestAic = fit.aic();
                best = m.name();
            }
        }
        // Rcapture documentation: "best model Mth Poisson2" for hare.
        assertThat(best).isEqualTo("Mth Poisson2");
    }

    @Test
    void hivRomeIsBestDescribedByIndependenceAsRcaptureReports() {
        CaptureHistory hiv = new org.vigil.estimate.data.CaptureCsvReader()
                .read(Fixtures.sharedDir().resolve("data/estimation/rcapture_hiv_rome/hiv_rome_4lists.csv")).history().pooled();
        LoglinearEstimator.Outcome o = new LoglinearEstimator(LoglinearSettings.defaults())
                .estimate(hiv, 0.95, Progress.NONE);
        // Rcapture documentation (HIV): model Mt fits, and only the c1 x c2 interaction matters.
        assertThat(o.diagnostics().ranking().get(0).model()).isEqualTo("[c1, c2, c3, c4]");
        assertThat(o.diagnostics().ranking().get(1).model()).isEqualTo("[c1*c2, c3, c4]");
    }

    @Test
    void lesbianAlleghenyBestClosedpModelByBicIsMthDarroch() {
        CaptureHistory lesbian = new org.vigil.estimate.data.CaptureCsvReader()
                .read(Fixtures.sharedDir().resolve("data/estimation/rcapture_lesbian_allegheny/lesbian_allegheny_4lists.csv"))
                .history().pooled();
        ModelFitter fitter = new ModelFitter(lesbian);
        LoglinearFit best = ModelCatalogue.of(lesbian).closedpMenu().stream().map(fitter::fit)
                .min(java.util.Comparator.comparingDouble(LoglinearFit::bic)).orElseThrow();
        // Rcapture documentation (lesbian): by BIC the best closedp model is Mth Darroch.
        assertThat(best.model()).isEqualTo("Mth Darroch");
    }

    @Test
    void independenceModelWithTwoListsIsThePetersenEstimator() {
        // Under Mt with two lists the MLE is n1 n2 / m (Petersen): 60 * 50 / 20 = 150.
        CaptureHistory h = CaptureHistory.of(List.of("A", "B"), new long[] {0, 30, 40, 20});
        LoglinearFit fit = new ModelFitter(h).fit(ModelCatalogue.of(h).parse("Mt"));
        assertThat(fit.abundance()).isCloseTo(150.0, within(1e-6));
    }

    @Test
    void theSearchEnumeratesEveryHierarchicalModelExactlyOnce() {
        ModelCatalogue c = ModelCatalogue.of(kosovo);
        // Brute force: subsets of the 10 two- and three-way terms that are closed under taking sub-terms.
        List<Integer> terms = new java.util.ArrayList<>();
        for (int m = 1; m < 16; m++) {
            if (Integer.bitCount(m) == 2 || Integer.bitCount(m) == 3) {
                terms.add(m);
            }
        }
        int closed = 0;
        for (int s = 0; s < (1 << terms.size()); s++) {
            boolean ok = true;
            for (int i = 0; i < terms.size() && ok; i++) {
                int t = terms.get(i);
                if ((s & (1 << i)) != 0 && Integer.bitCount(t) == 3) {
                    for (int b = t; b != 0; b &= b - 1) {
                        ok &= (s & (1 << terms.indexOf(t & ~Integer.lowestOneBit(b)))) != 0;
                    }
                }
            }
            closed += ok ? 1 : 0;
        }
        List<LoglinearModel> models = c.hierarchical(3);
        assertThat(models).hasSize(closed);
        assertThat(models.stream().map(LoglinearModel::name).distinct().count()).isEqualTo(closed);
    }

    @Test
    void modelsAreParsedFromGeneratorsOrMenuNamesAndBadNamesAreExplained() {
        ModelCatalogue c = ModelCatalogue.of(kosovo);
        assertThat(c.parse("EXH:ABA, OSCE").interactions()).containsExactly(0b1100);
        assertThat(c.parse("mth-darroch").name()).isEqualTo("Mth Darroch");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.parse("[EXH*UN]"))
                .hasMessageContaining("unknown list 'UN'").hasMessageContaining("[EXH, ABA, OSCE, HRW]");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.parse("[EXH*ABA*OSCE*HRW]"))
                .hasMessageContaining("4-way interaction cannot be estimated");
    }
}
