package org.vigil.link;

import org.junit.jupiter.api.Test;
import org.vigil.core.testing.PublicApi;

import java.util.Set;

/**
 * The public API of vigil-link is exactly what the application and the other modules use: every other
 * type lives in an {@code org.vigil.link.internal} package, which ModuleBoundariesTest keeps private to
 * this module. A new public type outside {@code internal} fails here, so that widening the API is a
 * decision, not an accident.
 */
class PublicApiTest {

    /** The public top-level types outside {@code .internal.}, by full name. */
    private static final Set<String> API = Set.of(
            "org.vigil.link.ClusterAssignment",
            "org.vigil.link.LinkageResult",
            "org.vigil.link.Linker",
            "org.vigil.link.block.BlockingFit",
            "org.vigil.link.block.BlockingReport",
            "org.vigil.link.block.RuleCount",
            "org.vigil.link.compare.ComparisonKind",
            // the model in pieces for the Spark engine (vigil-spark)
            "org.vigil.link.distributed.CountsFit",
            "org.vigil.link.distributed.FittedModel",
            "org.vigil.link.distributed.LinkPlan",
            "org.vigil.link.distributed.TermShares",
            // test data for vigil-app's command tests
            "org.vigil.link.generate.GeneratedRecord",
            "org.vigil.link.generate.KazakhRussianGenerator",
            "org.vigil.link.input.CsvRecordReader",
            "org.vigil.link.input.InputRecord",
            "org.vigil.link.input.LinkInput",
            "org.vigil.link.input.PersonRecords",
            "org.vigil.link.model.FellegiSunterModel",
            "org.vigil.link.model.FieldParameters",
            "org.vigil.link.model.LevelParameters",
            "org.vigil.link.review.Decision",
            "org.vigil.link.review.FieldContribution",
            "org.vigil.link.review.PairExplanation",
            "org.vigil.link.review.ReviewDecision",
            "org.vigil.link.review.ReviewQueue",
            "org.vigil.link.settings.BlockingRule",
            "org.vigil.link.settings.FieldSettings",
            "org.vigil.link.settings.LinkMode",
            "org.vigil.link.settings.LinkSettings",
            "org.vigil.link.settings.SettingsInference",
            "org.vigil.link.settings.SettingsReader",
            "org.vigil.link.state.LinkageState",
            "org.vigil.link.state.LinkageStateJson");

    @Test
    void thePublicTypesOutsideInternalAreExactlyTheListedApi() {
        PublicApi.assertExactly("org.vigil.link", API);
    }
}
