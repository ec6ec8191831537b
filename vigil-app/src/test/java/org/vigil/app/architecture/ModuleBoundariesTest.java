package org.vigil.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module rules of the architecture (docs/architecture.md), checked on the compiled classes of every
 * module: dependencies point inward to vigil-core, engines are plain libraries, and a module's
 * {@code internal} packages are its own.
 */
class ModuleBoundariesTest {

    private static final String[] ENGINES = {"store", "extract", "link", "estimate", "report"};

    private static final JavaClasses VIGIL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.vigil");

    private static String[] otherModules(String module) {
        return Arrays.stream(new String[] {"core", "store", "extract", "link", "estimate", "report", "app"})
                .filter(m -> !m.equals(module)).map(m -> "org.vigil." + m + "..").toArray(String[]::new);
    }

    @Test
    void theDomainModelDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("org.vigil.core..")
                .should().dependOnClassesThat().resideInAnyPackage(otherModules("core"))
                .check(VIGIL);
    }

    @ParameterizedTest(name = "vigil-{0} depends on vigil-core only")
    @ValueSource(strings = {"store", "extract", "link", "estimate", "report"})
    void anEngineDependsOnTheCoreAndNothingElseOfVigil(String engine) {
        String[] forbidden = Arrays.stream(otherModules(engine)).filter(p -> !p.equals("org.vigil.core.."))
                .toArray(String[]::new);
        noClasses().that().resideInAPackage("org.vigil." + engine + "..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .check(VIGIL);
    }

    @Test
    void theCoreAndTheEnginesArePlainLibrariesWithoutSpringOrACommandLine() {
        String[] libraries = Arrays.stream(ENGINES).map(e -> "org.vigil." + e + "..").toArray(String[]::new);
        noClasses().that().resideInAnyPackage(libraries).or().resideInAPackage("org.vigil.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "picocli..")
                .check(VIGIL);
    }

    @ParameterizedTest(name = "only vigil-{0} uses its internal packages")
    @ValueSource(strings = {"core", "store", "extract", "link", "estimate", "report"})
    void aModulesInternalPackagesAreItsOwn(String module) {
        noClasses().that().resideOutsideOfPackage("org.vigil." + module + "..")
                .should().dependOnClassesThat().resideInAPackage("org.vigil." + module + ".internal..")
                .allowEmptyShould(true)
                .check(VIGIL);
    }

    @Test
    void webPagesReachTheDatabaseOnlyThroughTheStore() {
        noClasses().that().resideInAPackage("org.vigil.app.web..")
                .should().dependOnClassesThat().resideInAPackage("java.sql..")
                .check(VIGIL);
    }
}
