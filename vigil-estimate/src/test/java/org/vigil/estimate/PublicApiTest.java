package org.vigil.estimate;

import org.junit.jupiter.api.Test;
import org.vigil.core.testing.PublicApi;

import java.util.Set;

/**
 * vigil-estimate exports exactly the types other modules use: everything else lives in
 * {@code org.vigil.estimate.internal.<feature>}, which no other module may touch (ModuleBoundariesTest in
 * vigil-app), so that it can change without breaking them.
 */
class PublicApiTest {

    /** The public top-level types outside {@code internal}: each one a promise to the other modules. */
    private static final Set<String> API = Set.of(
            "org.vigil.estimate.EstimationEngine",
            "org.vigil.estimate.EstimationRequest",
            "org.vigil.estimate.Method",
            "org.vigil.estimate.baseline.BaselineDiagnostics",
            "org.vigil.estimate.data.CaptureCsvReader",
            "org.vigil.estimate.data.CaptureData",
            "org.vigil.estimate.data.CaptureHistory",
            "org.vigil.estimate.data.EstimationInputException",
            "org.vigil.estimate.data.Membership",
            "org.vigil.estimate.data.MembershipHistories",
            "org.vigil.estimate.data.StratifiedHistory",
            "org.vigil.estimate.dga.DgaDiagnostics",
            "org.vigil.estimate.dga.DgaSettings",
            "org.vigil.estimate.dga.ModelWeight",
            "org.vigil.estimate.lcmcr.LcmcrDiagnostics",
            "org.vigil.estimate.lcmcr.LcmcrSettings",
            "org.vigil.estimate.loglinear.LoglinearDiagnostics",
            "org.vigil.estimate.loglinear.LoglinearFit",
            "org.vigil.estimate.loglinear.LoglinearSettings",
            "org.vigil.estimate.result.ChainTrace",
            "org.vigil.estimate.result.Diagnostics",
            "org.vigil.estimate.result.Estimate",
            "org.vigil.estimate.result.EstimateResult",
            "org.vigil.estimate.result.Histogram",
            "org.vigil.estimate.result.ListSummary",
            "org.vigil.estimate.result.Posterior",
            "org.vigil.estimate.result.ResultJson",
            "org.vigil.estimate.result.ResultText",
            "org.vigil.estimate.result.StratumResult");

    @Test
    void theModuleExportsExactlyItsDeliberatePublicApi() {
        PublicApi.assertExactly("org.vigil.estimate", API);
    }
}
