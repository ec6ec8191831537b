package org.vigil.store.search;

import org.vigil.core.text.NameSkeleton;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Replaces each token by its {@link NameSkeleton}, keeping offsets (so highlights point at the original
 * word) and dropping tokens with no letters or digits.
 */
final class SkeletonFilter extends TokenFilter {

    /** Names repeat across records, and transliteration is the costly step, so recent words are remembered. */
    private static final int CACHE_SIZE = 4096;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    // One filter serves one thread at a time (Lucene reuses token streams per thread), so no locking is needed.
    private final Map<String, String> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    SkeletonFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        int skippedPositions = 0;
        while (input.incrementToken()) {
            String word = term.toString();
            String skeleton = recent.get(word);
            if (skeleton == null) {
                skeleton = NameSkeleton.ofWord(word);
                recent.put(word, skeleton);
            }
            if (skeleton.isEmpty()) {
                skippedPositions += position.getPositionIncrement();
                continue;
            }
            term.setEmpty().append(skeleton);
            position.setPositionIncrement(position.getPositionIncrement() + skippedPositions);
            return true;
        }
        return false;
    }
}
