package org.vigil.store.search;

import java.util.List;

/**
 * One page of results. Every number counts only records visible in the caller's {@link AccessScope}.
 *
 * @param total      number of visible records matching the query
 * @param page       1-based page number
 * @param size       requested page size
 * @param hits       the records on this page
 * @param categories number of matching visible records per violation category, largest first
 * @param types      number of matching visible records per record type code, largest first
 */
public record SearchResult(long total, int page, int size, List<SearchHit> hits, List<FacetCount> categories,
                           List<FacetCount> types) {

    /** Copies the lists. */
    public SearchResult {
        hits = List.copyOf(hits);
        categories = List.copyOf(categories);
        types = List.copyOf(types);
    }

    /** Number of pages at this page size; 0 when nothing matched. */
    public long pageCount() {
        return (total + size - 1) / size;
    }
}
