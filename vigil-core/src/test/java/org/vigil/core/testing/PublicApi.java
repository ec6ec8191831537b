package org.vigil.core.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one check behind every module's {@code PublicApiTest}: the public top-level types outside
 * {@code <module package>.internal} are exactly the listed ones, so a new public type is a decision.
 */
public final class PublicApi {

    private PublicApi() {
    }

    /** Fails naming each public type outside {@code internal} that is not listed, and each listed one that is gone. */
    public static void assertExactly(String modulePackage, Set<String> api) {
        Set<String> exported = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(modulePackage).stream()
                .filter(JavaClass::isTopLevelClass)
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(c -> !c.getPackageName().startsWith(modulePackage + ".internal"))
                .filter(c -> !c.getSimpleName().equals("package-info"))
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> added = new TreeSet<>(exported);
        added.removeAll(api);
        Set<String> gone = new TreeSet<>(api);
        gone.removeAll(exported);
        assertThat(added).as("public types outside %s.internal that are not in PublicApiTest.API: move each to "
                + "%s.internal.<feature> (or make it package-private), or, if other modules need it, add it to the "
                + "list deliberately", modulePackage, modulePackage).isEmpty();
        assertThat(gone).as("types in PublicApiTest.API that %s no longer exports: take them off the list",
                modulePackage).isEmpty();
    }
}
