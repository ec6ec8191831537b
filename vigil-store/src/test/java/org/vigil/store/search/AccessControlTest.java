package org.vigil.store.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.RecordType;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.core.model.Confidentiality.INTERNAL;
import static org.vigil.core.model.Confidentiality.PUBLIC;
import static org.vigil.core.model.Confidentiality.RESTRICTED;
import static org.vigil.store.search.SampleRecords.event;
import static org.vigil.store.search.SampleRecords.person;

/** A caller never learns of a record outside their scope: not from hits, totals or facet numbers. */
class AccessControlTest {

    private static SearchIndex index;

    @BeforeAll
    static void indexRecords() {
        index = SearchIndex.inMemory();
        index.index(List.of(
                event("e-public", "Zhanaozen clashes", PUBLIC),
                event("e-internal", "Zhanaozen internal review", INTERNAL),
                event("e-restricted", "Zhanaozen witness account", RESTRICTED),
                event("e-restricted-2", "Zhanaozen second witness", RESTRICTED),
                person("p-public", PUBLIC, "Roza Tuletaeva"),
                person("p-restricted", RESTRICTED, "Aliya Tuletaeva")));
        // A category and a type that only hidden records carry, to prove facets do not leak them.
        index.index(SampleRecords.event("e-hidden-category", "Zhanaozen detention list", RESTRICTED,
                List.of("enforced_disappearance"), List.of("Zhanaozen"), java.util.Optional.empty(),
                java.util.Optional.empty()));
        index.index(SampleRecords.source("s-internal", "Zhanaozen interview notes", INTERNAL, "notes"));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static SearchResult search(String text, AccessScope scope) {
        return index.search(SearchQuery.text(text), scope);
    }

    private static List<Confidentiality> levels(SearchResult r) {
        return r.hits().stream().map(SearchHit::confidentiality).toList();
    }

    @Test
    void aViewerSeesOnlyPublicRecordsInHitsTotalsAndFacets() {
        SearchResult r = search("Zhanaozen", AccessScope.viewer());
        assertThat(r.hits()).extracting(SearchHit::id).containsExactly("e-public");
        assertThat(levels(r)).containsOnly(PUBLIC);
        assertThat(r.total()).isEqualTo(1);
        assertThat(r.types()).containsExactly(new FacetCount("event", 1));
        assertThat(r.categories()).containsExactly(new FacetCount("torture", 1));
    }

    @Test
    void aViewerListingEverythingCountsOnlyPublicRecords() {
        SearchResult r = index.search(SearchQuery.all().atPage(1, 100), AccessScope.viewer());
        assertThat(r.total()).isEqualTo(2);
        assertThat(levels(r)).containsOnly(PUBLIC);
        assertThat(r.types()).extracting(FacetCount::value).containsExactlyInAnyOrder("event", "person");
        assertThat(r.types()).extracting(FacetCount::value).doesNotContain("source");
        assertThat(r.categories()).extracting(FacetCount::value).doesNotContain("enforced_disappearance");
    }

    @Test
    void aResearcherSeesInternalButNotUnassignedRestrictedRecords() {
        SearchResult r = search("Zhanaozen", AccessScope.researcher(Set.of()));
        assertThat(r.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder("e-public", "e-internal", "s-internal");
        assertThat(r.total()).isEqualTo(3);
        assertThat(r.types()).containsExactly(new FacetCount("event", 2), new FacetCount("source", 1));
    }

    @Test
    void anAssignedRestrictedRecordIsVisibleToItsResearcherOnly() {
        AccessScope assigned = AccessScope.researcher(Set.of("e-restricted"));
        SearchResult mine = search("witness", assigned);
        assertThat(mine.hits()).extracting(SearchHit::id).containsExactly("e-restricted");
        assertThat(mine.total()).isEqualTo(1);

        SearchResult colleague = search("witness", AccessScope.researcher(Set.of("e-restricted-2")));
        assertThat(colleague.hits()).extracting(SearchHit::id).containsExactly("e-restricted-2");

        assertThat(search("witness", AccessScope.researcher(Set.of())).total()).isZero();
        assertThat(search("witness", AccessScope.viewer()).total()).isZero();
    }

    @Test
    void assignmentAloneGrantsAViewerTheAssignedRecord() {
        AccessScope viewerWithAssignment = new AccessScope(Set.of(PUBLIC), Set.of("p-restricted"));
        SearchResult r = index.search(SearchQuery.text("Tuletaeva").withTypes(Set.of(RecordType.PERSON)),
                viewerWithAssignment);
        assertThat(r.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder("p-public", "p-restricted");
    }

    @Test
    void anEmptyScopeSeesNothing() {
        SearchResult r = index.search(SearchQuery.all(), new AccessScope(Set.of(), Set.of()));
        assertThat(r.total()).isZero();
        assertThat(r.hits()).isEmpty();
        assertThat(r.types()).isEmpty();
        assertThat(r.categories()).isEmpty();
    }

    @Test
    void everythingSeesAllLevels() {
        SearchResult r = index.search(SearchQuery.all().atPage(1, 100), AccessScope.everything());
        assertThat(r.total()).isEqualTo(index.documentCount());
        assertThat(levels(r)).contains(PUBLIC, INTERNAL, RESTRICTED);
    }

    @Test
    void scopePermitsByLevelOrAssignment() {
        AccessScope scope = AccessScope.researcher(Set.of("r1"));
        assertThat(scope.permits("x", INTERNAL)).isTrue();
        assertThat(scope.permits("x", RESTRICTED)).isFalse();
        assertThat(scope.permits("r1", RESTRICTED)).isTrue();
        assertThat(AccessScope.viewer().permits("x", INTERNAL)).isFalse();
    }
}
