package org.vigil.store.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts every hit of a query, and the hits per record type and per violation category. It sees exactly the
 * documents the query matches, access filter included, so the numbers never reveal a hidden record.
 */
final class FacetTally implements CollectorManager<FacetTally.Counter, FacetTally.Counts> {

    /**
     * The tallies of one query.
     *
     * @param total      number of hits
     * @param categories hits per category, largest first
     * @param types      hits per record type code, largest first
     */
    record Counts(long total, List<FacetCount> categories, List<FacetCount> types) {
    }

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public Counts reduce(Collection<Counter> counters) throws IOException {
        long total = 0;
        Map<String, Long> categories = new HashMap<>();
        Map<String, Long> types = new HashMap<>();
        for (Counter c : counters) {
            for (LeafCounts leaf : c.leaves) {
                total += leaf.hits;
                leaf.addTo(categories, types);
            }
        }
        return new Counts(total, largestFirst(categories), largestFirst(types));
    }

    private static List<FacetCount> largestFirst(Map<String, Long> counts) {
        List<FacetCount> list = new ArrayList<>();
        counts.forEach((value, count) -> list.add(new FacetCount(value, count)));
        list.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
        return list;
    }

    /** Collects one slice of the index, one segment at a time. */
    static final class Counter implements Collector {
        private final List<LeafCounts> leaves = new ArrayList<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafCounts leaf = new LeafCounts(DocValues.getSorted(context.reader(), IndexFields.FACET_KEY));
            leaves.add(leaf);
            return leaf;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** Counts hits per facet key ordinal while collecting; keys become facet values once, at the end. */
    private static final class LeafCounts implements LeafCollector {
        private final SortedDocValues keys;
        private final int[] perKey;
        private long hits;

        LeafCounts(SortedDocValues keys) {
            this.keys = keys;
            this.perKey = new int[keys.getValueCount()];
        }

        @Override
        public void setScorer(Scorable scorer) {
            // Counting needs no scores.
        }

        @Override
        public void collect(int doc) throws IOException {
            hits++;
            if (keys.advanceExact(doc)) {
                perKey[keys.ordValue()]++;
            }
        }

        void addTo(Map<String, Long> categoryTotals, Map<String, Long> typeTotals) throws IOException {
            for (int ord = 0; ord < perKey.length; ord++) {
                if (perKey[ord] == 0) {
                    continue;
                }
                List<String> parts = FacetKey.parts(keys.lookupOrd(ord));
                typeTotals.merge(parts.get(0), (long) perKey[ord], Long::sum);
                for (String category : parts.subList(1, parts.size())) {
                    categoryTotals.merge(category, (long) perKey[ord], Long::sum);
                }
            }
        }
    }
}
