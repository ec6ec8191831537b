package org.vigil.store.search;

import org.vigil.core.text.NameSkeleton;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

import java.util.Map;

/**
 * The analysis chains of the index. Both split text into words by Unicode rules (UAX #29); then
 * <ul>
 *   <li>folded fields apply ICU folding: case, accents and compatibility forms (Жанаозен → жанаозен,
 *       Öskemen → oskemen, й → и);</li>
 *   <li>skeleton fields replace each word by its {@link NameSkeleton}, where scripts and romanisations meet.</li>
 * </ul>
 * Queries go through the same chains, word by word.
 */
final class FieldAnalyzers {

    private FieldAnalyzers() {
    }

    /** Words, ICU-folded. */
    static Analyzer folded() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = new StandardTokenizer();
                return new TokenStreamComponents(words, new ICUFoldingFilter(words));
            }
        };
    }

    /** Words, each replaced by its skeleton. */
    static Analyzer skeleton() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = new StandardTokenizer();
                return new TokenStreamComponents(words, new SkeletonFilter(words));
            }
        };
    }

    /** Words as written, for splitting search text before each word is analysed per field. */
    static Analyzer words() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new StandardTokenizer());
            }
        };
    }

    /** The analyzer for writing documents: each text field with its chain. */
    static Analyzer forIndexing() {
        Analyzer folded = folded();
        Analyzer skeleton = skeleton();
        return new PerFieldAnalyzerWrapper(folded, Map.of(
                IndexFields.NAMES_SKELETON, skeleton,
                IndexFields.TEXT_SKELETON, skeleton));
    }
}
