package org.vigil.store.search;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the total and facet counts of recent queries for the current reader. Counting has to visit every
 * hit, while a page alone lets Lucene skip most of them; list pages are requested again and again (the next
 * page, another user on the same list), so this is where repeated requests save most.
 *
 * <p>The key is the complete Lucene query, access filter included, so counts computed for one scope are never
 * served to another; and the cache is dropped as soon as the index changes.
 */
final class CountCache {

    /** Enough for every list page and recent search of a busy day; entries are a few hundred bytes. */
    private static final int MAX_ENTRIES = 2_000;

    private record ForReader(IndexReader.CacheKey reader, Map<Query, FacetTally.Counts> counts) {
    }

    private volatile ForReader current = new ForReader(null, new ConcurrentHashMap<>());

    /** The counts of the query on this reader, if computed before. */
    Optional<FacetTally.Counts> get(IndexReader reader, Query query) {
        ForReader c = current;
        return c.reader() == key(reader) ? Optional.ofNullable(c.counts().get(query)) : Optional.empty();
    }

    /** Remembers the counts of the query on this reader. */
    void put(IndexReader reader, Query query, FacetTally.Counts counts) {
        IndexReader.CacheKey key = key(reader);
        ForReader c = current;
        if (c.reader() != key) {
            c = new ForReader(key, new ConcurrentHashMap<>());
            current = c;
        }
        if (c.counts().size() >= MAX_ENTRIES) {
            // Dropping everything is crude but cheap, and a full cache only happens on unusually varied traffic.
            c.counts().clear();
        }
        c.counts().put(query, counts);
    }

    private static IndexReader.CacheKey key(IndexReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        return helper == null ? null : helper.getKey();
    }
}
