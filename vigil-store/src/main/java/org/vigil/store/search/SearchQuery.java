package org.vigil.store.search;

import org.vigil.core.model.RecordType;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * One search or list-page request. Filters combine with AND; the values inside one filter with OR.
 *
 * @param text       words to find, in any script; treated as plain words, never as query syntax
 * @param types      record types to include; empty means all
 * @param categories violation category codes, any of which must be on the record; empty means no filter
 * @param place      a place name, matched against the record's place names by skeleton (Жанаозен = Zhanaozen)
 * @param from       first day of the period; a record matches when its date interval overlaps the period
 * @param to         last day of the period
 * @param sort       order of hits
 * @param page       1-based page number
 * @param size       hits per page, 1 to {@link #MAX_SIZE}
 */
public record SearchQuery(Optional<String> text, Set<RecordType> types, Set<String> categories,
                          Optional<String> place, Optional<LocalDate> from, Optional<LocalDate> to,
                          SearchSort sort, int page, int size) {

    /** Hits per page when none is given. */
    public static final int DEFAULT_SIZE = 20;
    /** The largest page: larger pages would make one request read too many stored documents. */
    public static final int MAX_SIZE = 200;
    /** How deep paging may go ({@code page * size}); beyond it, narrow the filters instead. */
    public static final int MAX_WINDOW = 10_000;

    /** Normalises absent parts and rejects impossible pages and periods with the reason. */
    public SearchQuery {
        text = text == null ? Optional.empty() : text.map(String::strip).filter(s -> !s.isEmpty());
        types = types == null || types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        categories = categories == null ? Set.of()
                : categories.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).collect(
                        java.util.stream.Collectors.toUnmodifiableSet());
        place = place == null ? Optional.empty() : place.map(String::strip).filter(s -> !s.isEmpty());
        from = from == null ? Optional.empty() : from;
        to = to == null ? Optional.empty() : to;
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size " + size + " is out of range: use 1-" + MAX_SIZE);
        }
        if (page < 1) {
            throw new IllegalArgumentException("page " + page + " does not exist: pages are numbered from 1");
        }
        if ((long) page * size > MAX_WINDOW) {
            throw new IllegalArgumentException("page " + page + " of size " + size + " lies beyond the first "
                    + MAX_WINDOW + " hits: narrow the search with filters or text instead of paging further");
        }
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("period " + from.get() + " to " + to.get()
                    + " ends before it starts: swap the two dates");
        }
    }

    /** Everything visible, first page, sorted by label. */
    public static SearchQuery all() {
        return new SearchQuery(Optional.empty(), Set.of(), Set.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), SearchSort.RELEVANCE, 1, DEFAULT_SIZE);
    }

    /** A full-text search over all record types, best match first. */
    public static SearchQuery text(String text) {
        return all().withText(text);
    }

    /** The list page of one record type. */
    public static SearchQuery list(RecordType type) {
        return all().withTypes(Set.of(type));
    }

    /** The same query with other search text. */
    public SearchQuery withText(String newText) {
        return new SearchQuery(Optional.ofNullable(newText), types, categories, place, from, to, sort, page, size);
    }

    /** The same query restricted to these record types. */
    public SearchQuery withTypes(Set<RecordType> newTypes) {
        return new SearchQuery(text, newTypes, categories, place, from, to, sort, page, size);
    }

    /** The same query restricted to records in any of these violation categories. */
    public SearchQuery withCategories(Set<String> newCategories) {
        return new SearchQuery(text, types, newCategories, place, from, to, sort, page, size);
    }

    /** The same query restricted to records at this place. */
    public SearchQuery withPlace(String newPlace) {
        return new SearchQuery(text, types, categories, Optional.ofNullable(newPlace), from, to, sort, page, size);
    }

    /** The same query restricted to records whose dates overlap the period; either end may be open. */
    public SearchQuery withPeriod(Optional<LocalDate> newFrom, Optional<LocalDate> newTo) {
        return new SearchQuery(text, types, categories, place, newFrom, newTo, sort, page, size);
    }

    /** The same query in another order. */
    public SearchQuery sortedBy(SearchSort newSort) {
        return new SearchQuery(text, types, categories, place, from, to, newSort, page, size);
    }

    /**
     * The same query at the page nearest to the one asked for that exists: the first below 1, the deepest that
     * paging reaches beyond it — for pages, where a hand-edited address should show results, not an error.
     */
    public SearchQuery atNearestPage(int wantedPage, int newSize) {
        int deepest = Math.max(1, MAX_WINDOW / Math.max(1, newSize));
        return atPage(Math.min(Math.max(1, wantedPage), deepest), newSize);
    }

    /** The same query at another page and page size. */
    public SearchQuery atPage(int newPage, int newSize) {
        return new SearchQuery(text, types, categories, place, from, to, sort, newPage, newSize);
    }
}
