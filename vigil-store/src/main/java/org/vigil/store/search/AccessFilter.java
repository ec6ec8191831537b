package org.vigil.store.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.vigil.core.model.Confidentiality;

import java.util.ArrayList;
import java.util.List;

/** The filter clause that keeps a query inside an {@link AccessScope}: a level it may see, or an assigned id. */
final class AccessFilter {

    private AccessFilter() {
    }

    /** Matches exactly the records the scope permits; matches nothing for an empty scope. */
    static Query of(AccessScope scope) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (Confidentiality level : Confidentiality.values()) {
            if (scope.levels().contains(level)) {
                any.add(new TermQuery(new Term(IndexFields.CONFIDENTIALITY, level.code())), BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        if (!scope.assignedIds().isEmpty()) {
            List<BytesRef> ids = new ArrayList<>(scope.assignedIds().size());
            scope.assignedIds().forEach(id -> ids.add(new BytesRef(id)));
            any.add(new TermInSetQuery(IndexFields.ID, ids), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        return clauses == 0 ? new MatchNoDocsQuery("empty access scope") : new ConstantScoreQuery(any.build());
    }
}
