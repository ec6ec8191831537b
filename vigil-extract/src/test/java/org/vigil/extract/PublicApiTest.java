package org.vigil.extract;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

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
        Set<String> exported = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.vigil.extract").stream()
                .filter(JavaClass::isTopLevelClass)
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(c -> !c.getPackageName().contains(".internal"))
                .filter(c -> !c.getSimpleName().equals("package-info"))
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));

        Set<String> added = new TreeSet<>(exported);
        added.removeAll(API);
        Set<String> gone = new TreeSet<>(API);
        gone.removeAll(exported);
        assertThat(added).as("public types of vigil-extract outside internal that are not in its API: move each to "
                + "org.vigil.extract.internal.<feature> (or make it package-private), or, if other modules need it, add "
                + "it to PublicApiTest.API deliberately").isEmpty();
        assertThat(gone).as("types in PublicApiTest.API that vigil-extract no longer exports: take them off the list")
                .isEmpty();
    }
}
