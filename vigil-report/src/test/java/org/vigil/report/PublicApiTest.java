package org.vigil.report;

import org.junit.jupiter.api.Test;
import org.vigil.core.testing.PublicApi;

import java.util.Set;

/**
 * vigil-report exports exactly the types other modules use: everything else lives in
 * {@code org.vigil.report.internal.<feature>}, which no other module may touch (ModuleBoundariesTest in
 * vigil-app), so that it can change without breaking them.
 */
class PublicApiTest {

    /** The public top-level types outside {@code internal}: each one a promise to the other modules. */
    private static final Set<String> API = Set.of(
            "org.vigil.report.Audience",
            "org.vigil.report.CountryReports",
            "org.vigil.report.EstimateFile",
            "org.vigil.report.ReportEstimate",
            "org.vigil.report.ReportFormat",
            "org.vigil.report.ReportRequest",
            "org.vigil.report.content.CaseBox",
            "org.vigil.report.content.Charts",
            "org.vigil.report.content.CountryReport",
            "org.vigil.report.content.Endnote",
            "org.vigil.report.content.Paragraph",
            "org.vigil.report.content.Section",
            "org.vigil.report.content.Statement",
            "org.vigil.report.render.HtmlReport");

    @Test
    void theModuleExportsExactlyItsDeliberatePublicApi() {
        PublicApi.assertExactly("org.vigil.report", API);
    }
}
