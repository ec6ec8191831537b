package org.vigil.store;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store's shape: its packages and its classes depend on each other without cycles, and a class is
 * public only when other modules use it (it is the store's API) or another package of the store does.
 */
class StoreStructureTest {

    private static final String ROOT = "org.vigil.store";

    /**
     * The store's API: the types other modules name, or reach through the signatures of those they name.
     * A type added here is a promise to the application; an implementation type belongs nowhere near it.
     */
    private static final Set<String> API = Set.of(
            "Store", "StoreException",
            "attachments.Attachment", "attachments.AttachmentStore",
            "backup.BackupArchive",
            "crypto.CryptoException",
            "db.Dialect", "db.StoreLocation",
            "io.DatasetFiles", "io.DatasetFormat",
            "ledger.Disclosures", "ledger.LedgerEntry", "ledger.LedgerLog", "ledger.LedgerVerifier",
            "ledger.VerificationReport",
            "records.RecordChanges", "records.RecordRepository", "records.RecordVersion", "records.SaveResult",
            "records.StoredDocuments",
            "search.AccessScope", "search.FacetCount", "search.SearchHit", "search.SearchIndex",
            "search.SearchQuery", "search.SearchResult", "search.SearchSort", "search.Snippet",
            "users.Access", "users.ApiToken", "users.Role", "users.User", "users.UserAccounts");

    private static JavaClasses classes;

    @BeforeAll
    static void importTheStore() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        assertThat(classes.contain(Store.class)).as("the store's classes were found").isTrue();
    }

    /**
     * The root package holds the entry point ({@code Store}, above everything) and its exception (below
     * everything), so it is no layer of its own; the class-level rule below covers it.
     */
    @Test
    void thePackagesOfTheStoreHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theClassesOfTheStoreHaveNoCycles() {
        slices().assignedFrom(new TopLevelClasses()).should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheApiAndWhatOtherPackagesUseIsPublic() {
        List<String> needlesslyPublic = classes.stream()
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC) && c.isTopLevelClass())
                .filter(c -> !API.contains(relativeName(c)))
                .filter(c -> c.getDirectDependenciesToSelf().stream().noneMatch(d -> fromAnotherPackage(d, c)))
                .map(JavaClass::getName)
                .sorted()
                .toList();
        assertThat(needlesslyPublic)
                .as("public classes used only in their own package: make them package-private "
                        + "(or, if the application uses them, add them to the API list)")
                .isEmpty();
    }

    @Test
    void theApiListNamesClassesThatExistAndArePublic() {
        for (String name : API) {
            JavaClass c = classes.get(ROOT + "." + name);
            assertThat(c.getModifiers()).as(name).contains(JavaModifier.PUBLIC);
        }
    }

    @Test
    void theStoreHandsOutNoConnectionCipherOrKey() {
        Set<String> internals = Set.of("java.sql.Connection", "javax.sql.DataSource", ROOT + ".crypto.FieldCipher",
                ROOT + ".ledger.LedgerKey", ROOT + ".ledger.LedgerAnchor");
        List<String> leaks = classes.get(Store.class).getMethods().stream()
                .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(m -> internals.contains(m.getRawReturnType().getName()))
                .map(m -> m.getName() + "()")
                .toList();
        assertThat(leaks).as("public methods of Store that hand out the store's internals").isEmpty();
    }

    /**
     * The context is public only because its users sit in several packages; this pins who they are, so new
     * code reaches for a repository instead of for connections.
     */
    @Test
    void onlyTheRepositoriesBuiltFromAStoreTakeItsContext() {
        Set<String> callers = classes.get(Store.class).getMethod("context").getCallsOfSelf().stream()
                .map(call -> relativeName(call.getOriginOwner()))
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        assertThat(callers).containsExactlyInAnyOrder("attachments.AttachmentStore", "backup.BackupArchive",
                "ledger.Disclosures", "ledger.LedgerLog", "records.StoredDocuments", "users.UserAccounts");
    }

    private static boolean fromAnotherPackage(Dependency d, JavaClass target) {
        return !d.getOriginClass().getPackageName().equals(target.getPackageName());
    }

    private static String relativeName(JavaClass c) {
        return c.getName().substring(ROOT.length() + 1);
    }

    /** One slice per top-level class: a class and its nested classes (lambdas, records, builders) are one unit. */
    private static final class TopLevelClasses implements SliceAssignment {

        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            if (!javaClass.getPackageName().startsWith(ROOT)) {
                return SliceIdentifier.ignore();
            }
            String name = javaClass.getName();
            int nested = name.indexOf('$');
            return SliceIdentifier.of(nested < 0 ? name : name.substring(0, nested));
        }

        @Override
        public String getDescription() {
            return "top-level classes of " + ROOT;
        }
    }
}
