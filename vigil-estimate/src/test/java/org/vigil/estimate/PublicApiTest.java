package org.vigil.estimate;

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
        Set<String> exported = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.vigil.estimate").stream()
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
        assertThat(added).as("public types of vigil-estimate outside internal that are not in its API: move each to "
                + "org.vigil.estimate.internal.<feature> (or make it package-private), or, if other modules need it, add "
                + "it to PublicApiTest.API deliberately").isEmpty();
        assertThat(gone).as("types in PublicApiTest.API that vigil-estimate no longer exports: take them off the list")
                .isEmpty();
    }
}
