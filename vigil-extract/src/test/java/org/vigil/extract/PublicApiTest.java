package org.vigil.extract;

import org.junit.jupiter.api.Test;
import org.vigil.core.testing.PublicApi;

import java.util.Set;

/**
 * vigil-extract exports exactly the types other modules use: everything else lives in
 * {@code org.vigil.extract.internal.<feature>}, which no other module may touch (ModuleBoundariesTest in
 * vigil-app), so that it can change without breaking them.
 */
class PublicApiTest {

    /** The public top-level types outside {@code internal}: each one a promise to the other modules. */
    private static final Set<String> API = Set.of(
            "org.vigil.extract.Extraction",
            "org.vigil.extract.ExtractionSettings",
            "org.vigil.extract.ReportExtractor",
            "org.vigil.extract.dates.ReportYears",
            "org.vigil.extract.facts.CategoryFact",
            "org.vigil.extract.facts.ChargeFact",
            "org.vigil.extract.facts.CountFact",
            "org.vigil.extract.facts.DatedEventFact",
            "org.vigil.extract.facts.EventNote",
            "org.vigil.extract.facts.Fact",
            "org.vigil.extract.facts.Facts",
            "org.vigil.extract.facts.FairTrialFact",
            "org.vigil.extract.facts.GroupFact",
            "org.vigil.extract.facts.OrganisationFact",
            "org.vigil.extract.facts.PersonFact",
            "org.vigil.extract.facts.PlaceFact",
            "org.vigil.extract.facts.SentenceFact",
            "org.vigil.extract.facts.TortureMethodFact",
            "org.vigil.extract.input.InputFormat",
            "org.vigil.extract.input.ReadOptions",
            "org.vigil.extract.input.ReportDocument",
            "org.vigil.extract.input.ReportReader",
            "org.vigil.extract.input.UnreadableReportException",
            "org.vigil.extract.json.FactsJson",
            "org.vigil.extract.records.DraftRecords",
            "org.vigil.extract.review.Correctable",
            "org.vigil.extract.review.FactReview",
            "org.vigil.extract.review.ReviewDecision");

    @Test
    void theModuleExportsExactlyItsDeliberatePublicApi() {
        PublicApi.assertExactly("org.vigil.extract", API);
    }
}
