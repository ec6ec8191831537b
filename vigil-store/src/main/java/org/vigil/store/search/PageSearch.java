package org.vigil.store.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs one {@link SearchQuery} for one {@link AccessScope} on a searcher: builds the Lucene query (text,
 * access filter, list filters), finds the page, counts totals and facets, and reads the hits.
 */
final class PageSearch {

    /** Tie-break of every field order: the same in every segment and after every merge. */
    private static final SortField BY_ID = new SortField(IndexFields.ID_ORDER, SortField.Type.LONG);

    private final TextMatch textMatch;
    private final CountCache countCache;
    private final Analyzer indexAnalyzer;

    PageSearch(TextMatch textMatch, CountCache countCache, Analyzer indexAnalyzer) {
        this.textMatch = textMatch;
        this.countCache = countCache;
        this.indexAnalyzer = indexAnalyzer;
    }

    /** One page of results, with totals and facets over every visible hit. */
    SearchResult run(IndexSearcher searcher, SearchQuery query, AccessScope scope) throws IOException {
        Optional<Query> text = query.text().flatMap(textMatch::of);
        BooleanQuery.Builder combined = new BooleanQuery.Builder()
                .add(text.orElseGet(MatchAllDocsQuery::new), BooleanClause.Occur.MUST)
                .add(AccessFilter.of(scope), BooleanClause.Occur.FILTER);
        ListFilters.of(query).forEach(f -> combined.add(f, BooleanClause.Occur.FILTER));
        Query luceneQuery = combined.build();
        boolean byScore = text.isPresent() && query.sort() == SearchSort.RELEVANCE;
        int window = query.page() * query.size();

        Optional<FacetTally.Counts> cached = countCache.get(searcher.getIndexReader(), luceneQuery);
        TopDocs top;
        FacetTally.Counts counts;
        if (byScore) {
            // Two passes: counting needs every hit but no score, while the best page alone lets Lucene skip most
            // hits by their maximum possible score; together that costs less than scoring every hit.
            counts = cached.isPresent() ? cached.get()
                    : searcher.search(new ConstantScoreQuery(luceneQuery), new FacetTally());
            top = searcher.search(luceneQuery, new TopScoreDocCollectorManager(window, null, window));
        } else if (cached.isPresent()) {
            counts = cached.get();
            top = searcher.search(luceneQuery, new TopFieldCollectorManager(sort(query.sort()), window, null, window));
        } else {
            Object[] results = searcher.search(luceneQuery, new MultiCollectorManager(
                    new TopFieldCollectorManager(sort(query.sort()), window, null, window), new FacetTally()));
            top = (TopDocs) results[0];
            counts = (FacetTally.Counts) results[1];
        }
        if (cached.isEmpty()) {
            countCache.put(searcher.getIndexReader(), luceneQuery, counts);
        }
        List<SearchHit> hits = hits(searcher, top.scoreDocs, (query.page() - 1) * query.size(), byScore,
                query.text().flatMap(textMatch::forSnippets));
        return new SearchResult(counts.total(), query.page(), query.size(), hits, counts.categories(),
                counts.types());
    }

    /** The field order; relevance with search text is sorted by score instead, so here it means label order. */
    private static Sort sort(SearchSort order) {
        switch (order) {
            case NEWEST_FIRST: {
                SortField day = new SortField(IndexFields.FIRST_DAY, SortField.Type.LONG, true);
                day.setMissingValue(Long.MIN_VALUE);
                return new Sort(day, BY_ID);
            }
            case OLDEST_FIRST: {
                SortField day = new SortField(IndexFields.FIRST_DAY, SortField.Type.LONG);
                day.setMissingValue(Long.MAX_VALUE);
                return new Sort(day, BY_ID);
            }
            default: {
                SortField label = new SortField(IndexFields.LABEL_ORDER, SortField.Type.STRING);
                label.setMissingValue(SortField.STRING_LAST);
                return new Sort(label, BY_ID);
            }
        }
    }

    private List<SearchHit> hits(IndexSearcher searcher, ScoreDoc[] top, int from, boolean byScore,
                                 Optional<Query> snippetQuery) throws IOException {
        if (from >= top.length) {
            return List.of();
        }
        int[] docIds = new int[top.length - from];
        for (int i = 0; i < docIds.length; i++) {
            docIds[i] = top[from + i].doc;
        }
        List<Optional<Snippet>> snippets = snippetQuery.isPresent()
                ? SnippetHighlighter.snippets(searcher, indexAnalyzer, snippetQuery.get(), docIds)
                : null;
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<SearchHit> hits = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docIds[i], leaves));
            BinaryDocValues display = DocValues.getBinary(leaf.reader(), IndexFields.DISPLAY);
            if (!display.advanceExact(docIds[i] - leaf.docBase)) {
                throw new IllegalStateException("search index document " + docIds[i] + " has no display values: "
                        + "rebuild the search index");
            }
            HitDisplay d = HitDisplay.fromBytes(display.binaryValue());
            float score = byScore ? top[from + i].score : 0f;
            hits.add(new SearchHit(d.id(), d.type(), d.label(), d.confidentiality(), d.start(), d.end(), score,
                    snippets == null ? Optional.empty() : snippets.get(i)));
        }
        return hits;
    }
}
