package org.vigil.estimate;

import org.junit.jupiter.api.Test;
import org.vigil.core.run.Progress;
import org.vigil.estimate.data.CaptureData;
import org.vigil.estimate.data.StratifiedHistory;
import org.vigil.estimate.dga.DgaSettings;
import org.vigil.estimate.lcmcr.LcmcrSettings;
import org.vigil.estimate.loglinear.LoglinearSettings;
import org.vigil.estimate.result.EstimateResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recipe "Add an estimation method" (docs/extending.md) is complete for every {@link Method}: the
 * engine dispatches it, its result and provenance carry its name, it parses from that name, and docs/estimate.md
 * describes it. (That the command offers it is checked by EstimateCommandTest in vigil-app.)
 */
class EstimationMethodRecipeTest {

    private static final CaptureData KOSOVO = CaptureData.of(StratifiedHistory.single(Fixtures.kosovo()), "kosovo");

    /** Every method with settings small enough for a test; two lists where the method takes only two. */
    private static EstimationRequest quick(Method m) {
        List<String> lists = m == Method.LINCOLN_PETERSEN ? List.of("EXH", "OSCE") : List.of();
        return new EstimationRequest(m, 0.95, 1, lists, new LcmcrSettings(5, 1, 200, 50, 2, 0.25, 0.25, 20),
                LoglinearSettings.defaults(), DgaSettings.defaults());
    }

    @Test
    void everyMethodIsDispatchedByTheEngineAndNamedInItsResult() {
        for (Method m : Method.values()) {
            EstimateResult r = new EstimationEngine().estimate(KOSOVO, quick(m), Progress.NONE);

            assertThat(r.method()).isEqualTo(m.cliName());
            assertThat(r.provenance().method()).isEqualTo(m.cliName());
            assertThat(r.estimate().median()).as("%s estimate", m).isGreaterThanOrEqualTo(r.observed());
            assertThat(r.posterior().isPresent()).as("%s has a posterior", m).isEqualTo(m.bayesian());
        }
    }

    @Test
    void everyMethodParsesFromItsOwnName() {
        for (Method m : Method.values()) {
            assertThat(Method.parse(m.cliName())).isEqualTo(m);
        }
    }

    @Test
    void everyMethodIsDescribedInTheMethodsTableOfTheDocs() throws IOException {
        String doc = Files.readString(Path.of("../docs/estimate.md"));
        for (Method m : Method.values()) {
            assertThat(doc).as("docs/estimate.md has a row for %s", m.cliName()).contains("| `" + m.cliName() + "`");
        }
    }
}
