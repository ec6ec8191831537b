package org.vigil.store.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds, for each hit, the passage of its stored searchable text where the search words occur, using the
 * offsets kept in the skeleton field's postings (no re-analysis, so it stays cheap under load).
 */
final class SnippetHighlighter extends UnifiedHighlighter {

    /** Passages aim at this many characters, cut at sentence boundaries, with the match near the middle. */
    private static final int PASSAGE_LENGTH = 160;
    /** Lines of searchable text (names, descriptions) are joined with this in a snippet. */
    private static final String LINE_SEPARATOR = " · ";

    private SnippetHighlighter(Builder builder) {
        super(builder);
    }

    /** Snippets for the documents, in the same order; empty where nothing could be highlighted. */
    static List<Optional<Snippet>> snippets(IndexSearcher searcher, Analyzer analyzer, Query textQuery, int[] docIds)
            throws IOException {
        SnippetHighlighter highlighter = new SnippetHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_LENGTH, 0.5f)));
        Map<String, Object[]> byField = highlighter.highlightFieldsAsObjects(
                new String[] {IndexFields.TEXT_SKELETON}, textQuery, docIds, new int[] {1});
        Object[] found = byField.get(IndexFields.TEXT_SKELETON);
        List<Optional<Snippet>> snippets = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            Object s = found == null ? null : found[i];
            snippets.add(s instanceof Snippet snippet ? Optional.of(snippet) : Optional.empty());
        }
        return snippets;
    }

    /** Builds a {@link Snippet} instead of markup, so the caller decides how to escape and mark. */
    private static final class SnippetFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            StringBuilder text = new StringBuilder();
            List<Snippet.Mark> marks = new ArrayList<>();
            for (Passage p : passages) {
                if (text.length() > 0) {
                    text.append(" … ");
                }
                int at = p.getStartOffset();
                for (int i = 0; i < p.getNumMatches(); i++) {
                    int start = Math.max(p.getMatchStarts()[i], at);
                    int end = Math.min(p.getMatchEnds()[i], p.getEndOffset());
                    if (end <= start) {
                        continue;
                    }
                    append(content, at, start, text);
                    int markStart = text.length();
                    append(content, start, end, text);
                    marks.add(new Snippet.Mark(markStart, text.length()));
                    at = end;
                }
                append(content, at, p.getEndOffset(), text);
            }
            int lastMarkEnd = marks.isEmpty() ? 0 : marks.get(marks.size() - 1).end();
            int end = text.length();
            while (end > lastMarkEnd && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '·')) {
                end--;
            }
            return new Snippet(text.substring(0, end), marks);
        }

        private static void append(String content, int from, int to, StringBuilder out) {
            for (int i = from; i < to; i++) {
                char c = content.charAt(i);
                if (c == '\n') {
                    out.append(LINE_SEPARATOR);
                } else {
                    out.append(c);
                }
            }
        }
    }
}
