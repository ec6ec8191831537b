package org.vigil.store.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.RecordType;
import org.vigil.core.time.DatePart;
import org.vigil.core.time.PartialDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.store.search.SampleRecords.event;
import static org.vigil.store.search.SampleRecords.person;

/** The list pages: filters by type, category, place and period; sort orders; paging; facets. */
class ListQueryTest {

    private static final AccessScope VIEWER = AccessScope.viewer();
    private static SearchIndex index;

    @BeforeAll
    static void indexRecords() {
        index = SearchIndex.inMemory();
        index.index(List.of(
                event("e1", "Zhanaozen clashes", Confidentiality.PUBLIC, List.of("excessive_force", "torture"),
                        List.of("Zhanaozen"), Optional.of(PartialDate.ofDay(2011, 12, 16)),
                        Optional.of(PartialDate.ofDay(2011, 12, 17))),
                event("e2", "Shetpe railway station", "excessive_force", "Шетпе", PartialDate.ofDay(2011, 12, 17)),
                event("e3", "Aktau trial", "unfair_trial", "Aktau", PartialDate.ofMonth(2012, 3)),
                event("e4", "Detentions in Жанаозен", "arbitrary_detention", "Жанаозен",
                        PartialDate.ofYear(2012).withPart(DatePart.LATE)),
                event("e5", "Strike begins", Confidentiality.PUBLIC, List.of("labour_rights"), List.of("Zhanaozen"),
                        Optional.of(PartialDate.ofMonth(2011, 5)), Optional.of(PartialDate.ofMonth(2011, 12))),
                event("e6", "Undated report", Confidentiality.PUBLIC, List.of("torture"), List.of(), Optional.empty(),
                        Optional.empty()),
                person("p1", "Roza Tuletaeva"),
                person("p2", "Азамат Ахметов"),
                person("p3", "Bolat Atabayev")));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static List<String> ids(SearchQuery q) {
        return index.search(q, VIEWER).hits().stream().map(SearchHit::id).toList();
    }

    private static SearchQuery events() {
        return SearchQuery.list(RecordType.EVENT);
    }

    @Test
    void typeFilterKeepsOneKindOfRecord() {
        assertThat(ids(SearchQuery.list(RecordType.PERSON))).containsExactlyInAnyOrder("p1", "p2", "p3");
        assertThat(index.search(events(), VIEWER).total()).isEqualTo(6);
    }

    @Test
    void categoryFilterMatchesAnyOfTheCategories() {
        assertThat(ids(events().withCategories(Set.of("torture")))).containsExactlyInAnyOrder("e1", "e6");
        assertThat(ids(events().withCategories(Set.of("unfair_trial", "labour_rights"))))
                .containsExactlyInAnyOrder("e3", "e5");
        assertThat(ids(events().withCategories(Set.of("no_such_category")))).isEmpty();
    }

    @Test
    void placeFilterMatchesAcrossScripts() {
        assertThat(ids(events().withPlace("Жанаозен"))).containsExactlyInAnyOrder("e1", "e4", "e5");
        assertThat(ids(events().withPlace("Janaozen"))).containsExactlyInAnyOrder("e1", "e4", "e5");
        assertThat(ids(events().withPlace("Shetpe"))).containsExactly("e2");
        assertThat(ids(events().withPlace("Zhanaozen clashes"))).isEmpty();
    }

    @Test
    void aRecordMatchesAPeriodWhenItsDatesOverlapIt() {
        Optional<LocalDate> dec17 = Optional.of(LocalDate.of(2011, 12, 17));
        assertThat(ids(events().withPeriod(dec17, dec17))).containsExactlyInAnyOrder("e1", "e2", "e5");
        // "late 2012" runs from September to December: a period in October overlaps it, one in June does not.
        assertThat(ids(events().withPeriod(Optional.of(LocalDate.of(2012, 10, 1)), Optional.of(LocalDate.of(2012, 10, 31)))))
                .containsExactly("e4");
        assertThat(ids(events().withPeriod(Optional.of(LocalDate.of(2012, 6, 1)), Optional.of(LocalDate.of(2012, 6, 30)))))
                .isEmpty();
        // Open-ended periods.
        assertThat(ids(events().withPeriod(Optional.of(LocalDate.of(2012, 1, 1)), Optional.empty())))
                .containsExactlyInAnyOrder("e3", "e4");
        assertThat(ids(events().withPeriod(Optional.empty(), Optional.of(LocalDate.of(2011, 6, 1)))))
                .containsExactly("e5");
    }

    @Test
    void filtersCombineWithText() {
        SearchQuery q = SearchQuery.text("Zhanaozen").withTypes(Set.of(RecordType.EVENT))
                .withCategories(Set.of("excessive_force", "arbitrary_detention"))
                .withPeriod(Optional.of(LocalDate.of(2011, 12, 1)), Optional.of(LocalDate.of(2011, 12, 31)));
        assertThat(ids(q)).containsExactly("e1");
    }

    @Test
    void newestFirstSortsByTheEarliestPossibleDayWithUndatedLast() {
        assertThat(ids(events().sortedBy(SearchSort.NEWEST_FIRST))).containsExactly("e4", "e3", "e2", "e1", "e5", "e6");
        assertThat(ids(events().sortedBy(SearchSort.OLDEST_FIRST))).containsExactly("e5", "e1", "e2", "e3", "e4", "e6");
    }

    @Test
    void anEndKnownOnlyToItsYearDoesNotMoveTheStartBack() {
        // The demo's Aktau trial runs from March 2012 to "2012": listed newest first, it comes before January.
        SearchIndex own = SearchIndex.inMemory();
        try {
            own.index(List.of(
                    event("jan", "Monitoring visit", "unfair_trial", "Zhanaozen", PartialDate.ofMonth(2012, 1)),
                    event("mar", "Trial of 37 defendants", Confidentiality.PUBLIC, List.of("unfair_trial"),
                            List.of("Aktau"), Optional.of(PartialDate.ofMonth(2012, 3)),
                            Optional.of(PartialDate.ofYear(2012)))));
            assertThat(own.search(events().sortedBy(SearchSort.NEWEST_FIRST), VIEWER).hits().stream()
                    .map(SearchHit::id).toList()).containsExactly("mar", "jan");
        } finally {
            own.close();
        }
    }

    @Test
    void labelOrderIsAlphabeticalWithLatinBeforeCyrillic() {
        assertThat(ids(SearchQuery.list(RecordType.PERSON).sortedBy(SearchSort.LABEL)))
                .containsExactly("p3", "p1", "p2");
    }

    @Test
    void hitsCarryLabelTypeAndDatesAsWritten() {
        SearchHit e1 = index.search(events().withPlace("Zhanaozen").sortedBy(SearchSort.OLDEST_FIRST).atPage(1, 2),
                VIEWER).hits().get(1);
        assertThat(e1.id()).isEqualTo("e1");
        assertThat(e1.label()).isEqualTo("Zhanaozen clashes");
        assertThat(e1.type()).isEqualTo(RecordType.EVENT);
        assertThat(e1.start()).contains(PartialDate.ofDay(2011, 12, 16));
        assertThat(e1.end()).contains(PartialDate.ofDay(2011, 12, 17));
        assertThat(e1.snippet()).isEmpty();
        assertThat(e1.score()).isZero();
    }

    @Test
    void pagesPartitionTheResultsWithoutGapsOrOverlaps() {
        Set<String> seen = new HashSet<>();
        List<String> inOrder = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            SearchResult r = index.search(SearchQuery.all().sortedBy(SearchSort.NEWEST_FIRST).atPage(page, 2), VIEWER);
            assertThat(r.total()).isEqualTo(9);
            assertThat(r.pageCount()).isEqualTo(5);
            r.hits().forEach(h -> {
                assertThat(seen.add(h.id())).as("seen twice: " + h.id()).isTrue();
                inOrder.add(h.id());
            });
        }
        SearchResult last = index.search(SearchQuery.all().sortedBy(SearchSort.NEWEST_FIRST).atPage(5, 2), VIEWER);
        assertThat(last.hits()).hasSize(1);
        seen.add(last.hits().get(0).id());
        assertThat(seen).hasSize(9);
        assertThat(index.search(SearchQuery.all().atPage(6, 2), VIEWER).hits()).isEmpty();
    }

    @Test
    void facetsCountTheMatchingRecordsPerCategoryAndType() {
        SearchResult r = index.search(SearchQuery.all().withPlace("Zhanaozen"), VIEWER);
        assertThat(r.types()).containsExactly(new FacetCount("event", 3));
        assertThat(r.categories()).containsExactly(
                new FacetCount("arbitrary_detention", 1), new FacetCount("excessive_force", 1),
                new FacetCount("labour_rights", 1), new FacetCount("torture", 1));
        SearchResult all = index.search(SearchQuery.all(), VIEWER);
        assertThat(all.types()).containsExactly(new FacetCount("event", 6), new FacetCount("person", 3));
        assertThat(all.categories().get(0)).isEqualTo(new FacetCount("excessive_force", 2));
    }

    @Test
    void badPagesAndPeriodsAreRejectedWithTheReason() {
        assertThatThrownBy(() -> SearchQuery.all().atPage(0, 20)).hasMessageContaining("numbered from 1");
        assertThatThrownBy(() -> SearchQuery.all().atPage(1, 500)).hasMessageContaining("1-" + SearchQuery.MAX_SIZE);
        assertThatThrownBy(() -> SearchQuery.all().atPage(1000, 20)).hasMessageContaining("narrow the search");
        assertThatThrownBy(() -> SearchQuery.all().withPeriod(Optional.of(LocalDate.of(2012, 1, 2)),
                Optional.of(LocalDate.of(2012, 1, 1)))).hasMessageContaining("ends before it starts");
    }
}
