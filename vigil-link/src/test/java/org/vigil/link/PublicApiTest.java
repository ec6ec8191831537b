package org.vigil.link;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

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
        Set<String> found = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.vigil.link")) {
            if (c.isTopLevelClass() && c.getModifiers().contains(JavaModifier.PUBLIC)
                    && !c.getPackageName().contains(".internal")) {
                found.add(c.getName());
            }
        }
        Set<String> added = new TreeSet<>(found);
        added.removeAll(API);
        Set<String> gone = new TreeSet<>(API);
        gone.removeAll(found);
        assertThat(added).as("public types outside org.vigil.link.internal that are not in PublicApiTest.API: "
                + "put implementation types in an org.vigil.link.internal.<feature> package, or add the type to "
                + "the list deliberately if other modules need it").isEmpty();
        assertThat(gone).as("types listed in PublicApiTest.API that are no longer public: take them off the list")
                .isEmpty();
    }
}
