package org.vigil.app.web.api;

import org.springframework.stereotype.Component;
import org.vigil.app.web.search.SearchService;
import org.vigil.core.model.Record;
import org.vigil.core.model.RecordType;
import org.vigil.core.time.PartialDate;
import org.vigil.store.search.SearchQuery;
import org.vigil.store.search.SearchResult;
import org.vigil.store.search.SearchSort;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Filtered, paged lists of the records a caller may see, from the search index (for the API). */
@Component
public class RecordListing {

    private final SearchService search;

    /** Listing over the search index. */
    public RecordListing(SearchService search) {
        this.search = search;
    }

    /** A page of records and the number of visible matches. */
    public record Page(List<Record> records, long total) {
    }

    /**
     * Visible records of a type matching words (in any script or spelling), a violation category and a
     * period given as partial dates (a record matches when its dates overlap the period).
     */
    public Page page(RecordType type, String text, String category, String from, String to, int page, int size) {
        SearchQuery query = SearchQuery.list(type).withText(text.strip()).sortedBy(SearchSort.LABEL).atPage(page + 1, size)
                .withPeriod(day(from, true), day(to, false));
        if (!category.isBlank()) {
            query = query.withCategories(Set.of(category.strip()));
        }
        SearchResult result = search.search(query);
        return new Page(search.records(result), result.total());
    }

    private static Optional<LocalDate> day(String text, boolean start) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        PartialDate d = PartialDate.parse(text.strip());
        return Optional.of(start ? d.earliest() : d.latest());
    }
}
