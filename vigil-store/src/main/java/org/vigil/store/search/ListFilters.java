package org.vigil.store.search;

import org.vigil.core.text.NameSkeleton;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.vigil.core.model.RecordType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The filter clauses of a {@link SearchQuery}: record types, categories, place and period. */
final class ListFilters {

    private ListFilters() {
    }

    /** One clause per filter that the query sets; all must match. */
    static List<Query> of(SearchQuery query) {
        List<Query> filters = new ArrayList<>();
        if (!query.types().isEmpty()) {
            List<String> codes = new ArrayList<>();
            for (RecordType t : query.types()) {
                codes.add(t.code());
            }
            filters.add(anyOf(IndexFields.TYPE, codes));
        }
        if (!query.categories().isEmpty()) {
            filters.add(anyOf(IndexFields.CATEGORY, query.categories()));
        }
        query.place().ifPresent(place -> {
            String key = NameSkeleton.of(place);
            filters.add(key.isEmpty() ? new MatchNoDocsQuery("place without letters: " + place)
                    : new TermQuery(new Term(IndexFields.PLACE, key)));
        });
        // Intervals overlap when each starts no later than the other ends; undated records never match a period.
        query.to().ifPresent(to -> filters.add(LongPoint.newRangeQuery(IndexFields.FIRST_DAY, Long.MIN_VALUE,
                to.toEpochDay())));
        query.from().ifPresent(from -> filters.add(LongPoint.newRangeQuery(IndexFields.LAST_DAY, from.toEpochDay(),
                Long.MAX_VALUE)));
        return filters;
    }

    private static Query anyOf(String field, Collection<String> values) {
        if (values.size() == 1) {
            return new TermQuery(new Term(field, values.iterator().next()));
        }
        List<BytesRef> terms = new ArrayList<>(values.size());
        values.forEach(v -> terms.add(new BytesRef(v)));
        return new TermInSetQuery(field, terms);
    }
}
