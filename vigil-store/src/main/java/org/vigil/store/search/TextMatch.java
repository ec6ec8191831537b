package org.vigil.store.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns search text into a query built term by term, never parsed: operators, brackets, wildcards and
 * {@code field:value} in user input are just characters, so input can neither fail to parse nor reach a
 * field the search does not mean to search.
 *
 * <p>Every word must match (AND); a word matches a record when its ICU-folded form or its skeleton occurs in
 * the record's names or text. Matches in names, and exact (folded) matches, weigh more.
 */
final class TextMatch implements AutoCloseable {

    /** Words beyond this are ignored: nobody types more into a search box, and it bounds the query's cost. */
    static final int MAX_WORDS = 32;

    private static final float NAMES_FOLDED = 4f;
    private static final float NAMES_SKELETON = 3f;
    private static final float TEXT_FOLDED = 1.5f;
    private static final float TEXT_SKELETON = 1f;
    /** How much the best field's score is topped up by the other fields that match. */
    private static final float TIE_BREAKER = 0.1f;

    private final Analyzer words = FieldAnalyzers.words();
    private final Analyzer folded = FieldAnalyzers.folded();
    private final Analyzer skeleton = FieldAnalyzers.skeleton();

    /** The query for the text, or empty when the text has no words (only punctuation or symbols). */
    Optional<Query> of(String text) {
        List<String> surface = terms(words, text);
        if (surface.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int added = 0;
        for (String word : surface.subList(0, Math.min(surface.size(), MAX_WORDS))) {
            List<Query> alternatives = new ArrayList<>(4);
            for (String f : terms(folded, word)) {
                alternatives.add(boosted(IndexFields.NAMES, f, NAMES_FOLDED));
                alternatives.add(boosted(IndexFields.TEXT, f, TEXT_FOLDED));
            }
            for (String s : terms(skeleton, word)) {
                alternatives.add(boosted(IndexFields.NAMES_SKELETON, s, NAMES_SKELETON));
                alternatives.add(boosted(IndexFields.TEXT_SKELETON, s, TEXT_SKELETON));
            }
            if (!alternatives.isEmpty()) {
                all.add(new DisjunctionMaxQuery(alternatives, TIE_BREAKER), BooleanClause.Occur.MUST);
                added++;
            }
        }
        return added == 0 ? Optional.empty() : Optional.of(all.build());
    }

    /** The skeleton-field part of a text query, which is what snippets are highlighted from. */
    Optional<Query> forSnippets(String text) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int added = 0;
        List<String> surface = terms(words, text);
        for (String word : surface.subList(0, Math.min(surface.size(), MAX_WORDS))) {
            for (String s : terms(skeleton, word)) {
                any.add(new TermQuery(new Term(IndexFields.TEXT_SKELETON, s)), BooleanClause.Occur.SHOULD);
                added++;
            }
        }
        return added == 0 ? Optional.empty() : Optional.of(any.build());
    }

    /** Releases the analyzers' per-thread state. */
    @Override
    public void close() {
        words.close();
        folded.close();
        skeleton.close();
    }

    private static Query boosted(String field, String term, float boost) {
        return new BoostQuery(new TermQuery(new Term(field, term)), boost);
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("query", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("could not analyse search text '" + text + "'", e);
        }
        return terms;
    }
}
