package org.vigil.spark;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * vigil-spark depends on vigil-link and vigil-core through their public API only, as ModuleBoundariesTest
 * (vigil-app, which cannot see this module: Spark is not on its class path) holds every other module: the
 * model reaches Spark through org.vigil.link.distributed, never through vigil-link's internals.
 */
class SparkModuleBoundariesTest {

    private static final JavaClasses SPARK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.vigil.spark");

    @Test
    void noClassUsesAnotherModulesInternalPackages() {
        noClasses().that().resideInAPackage("org.vigil.spark..")
                .should().dependOnClassesThat().resideInAnyPackage("org.vigil.link.internal..", "org.vigil.core.internal..")
                .check(SPARK);
    }

    @Test
    void noClassUsesTheApplicationOrTheOtherEngines() {
        noClasses().that().resideInAPackage("org.vigil.spark..")
                .should().dependOnClassesThat().resideInAnyPackage("org.vigil.app..", "org.vigil.store..",
                        "org.vigil.extract..", "org.vigil.estimate..", "org.vigil.report..")
                .check(SPARK);
    }
}
