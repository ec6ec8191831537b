package org.vigil.report;

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
 * vigil-report exports exactly the types other modules use: everything else lives in
 * {@code org.vigil.report.internal.<feature>}, which no other module may touch (ModuleBoundariesTest in
 * vigil-app), so that it can change without breaking them.
 */
class PublicApiTest {

    /** The public top-level types outside {@code internal}: each one a promise to the other modules. */
    // ReportView (what a reader may see) is implementation and belongs in internal; it stays in view while
    // another change to it is under way, and is listed so that the list is exact.
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
            "org.vigil.report.render.HtmlReport",
            "org.vigil.report.view.ReportView");

    @Test
    void theModuleExportsExactlyItsDeliberatePublicApi() {
        Set<String> exported = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.vigil.report").stream()
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
        assertThat(added).as("public types of vigil-report outside internal that are not in its API: move each to "
                + "org.vigil.report.internal.<feature> (or make it package-private), or, if other modules need it, add "
                + "it to PublicApiTest.API deliberately").isEmpty();
        assertThat(gone).as("types in PublicApiTest.API that vigil-report no longer exports: take them off the list")
                .isEmpty();
    }
}
