package org.vigil.extract.internal.records;

import org.vigil.core.model.TextSpan;
import org.vigil.extract.facts.Fact;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The report's text cut into sentences, so that facts read from the same sentence can be put on the same
 * record: the method of torture with the torture, the place with the arrest, the figure with the protest.
 */
final class TextSentences {

    private static final int QUOTE_LIMIT = 160;

    private final String text;
    private final List<Integer> starts = new ArrayList<>();

    TextSentences(String text) {
        this.text = text;
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean stop = (c == '.' || c == '!' || c == '?') && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1));
            if (stop || c == '\n') {
                starts.add(i + 1);
            }
        }
    }

    /** The index of the sentence holding this offset. */
    int at(int offset) {
        int lo = 0;
        int hi = starts.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts.get(mid) <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The sentences the fact's evidence lies in, in text order. */
    Set<Integer> of(Fact f) {
        Set<Integer> out = new LinkedHashSet<>();
        f.evidence().forEach(s -> out.add(at(s.start())));
        return out;
    }

    /** The words of one sentence, trimmed. */
    String sentence(int index) {
        int from = starts.get(index);
        int to = index + 1 < starts.size() ? starts.get(index + 1) : text.length();
        return text.substring(Math.min(from, text.length()), Math.min(to, text.length())).strip();
    }

    /** The span's words as a short quotation, for a citation's note. */
    String quote(TextSpan span) {
        String words = span.of(text).strip().replaceAll("\\s+", " ");
        if (words.length() > QUOTE_LIMIT) {
            words = words.substring(0, QUOTE_LIMIT - 1) + "…";
        }
        return "“" + words + "”";
    }

    /** The start of the fact's first span, or the end of the text for a fact without evidence. */
    int position(Fact f) {
        return f.evidence().isEmpty() ? text.length() : f.evidence().get(0).start();
    }

    String text() {
        return text;
    }
}
