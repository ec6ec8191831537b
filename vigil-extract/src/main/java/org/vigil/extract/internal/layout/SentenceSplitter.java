package org.vigil.extract.internal.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits blocks into sentences: after {@code . ! ?} (and closing quotes or brackets) followed by a space and
 * an upper-case letter, a digit or an opening quote, unless the word before the full stop is an
 * abbreviation or an initial ("Mr.", "No.", "A. Ivanov"). Overlong stretches without punctuation are cut
 * at a space so no rule ever reads an unbounded sentence.
 */
public final class SentenceSplitter {

    /** The longest sentence handed to the rules; longer stretches are cut at a space. */
    public static final int MAX_SENTENCE = 1_500;

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "no", "nos",
            "art", "arts", "gen", "col", "lt", "sgt", "capt", "maj", "jr", "sr", "vs", "etc", "e.g", "i.e", "para",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n",
            "rev", "hon", "gov", "sen", "rep", "cf", "vol", "p", "pp", "fig", "approx", "ca", "inc", "ltd", "co");

    private SentenceSplitter() {
    }

    /** The sentences of the blocks, numbered through the whole report. */
    public static List<Sentence> split(List<Block> blocks) {
        List<Sentence> sentences = new ArrayList<>();
        for (Block block : blocks) {
            for (int[] range : ranges(block.text().text())) {
                sentences.add(new Sentence(block, sentences.size(), block.text().slice(range[0], range[1])));
            }
        }
        return List.copyOf(sentences);
    }

    /** The {@code [start, end)} ranges of the sentences of a text, trimmed of surrounding spaces. */
    static List<int[]> ranges(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean cut = false;
            int end = i + 1;
            if (c == '.' || c == '!' || c == '?') {
                while (end < n && "\"'”’)]»".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                if (end < n && text.charAt(end) == ' ' && end + 1 < n && opensSentence(text.charAt(end + 1))
                        && !(c == '.' && abbreviationBefore(text, i))) {
                    cut = true;
                }
            }
            if (!cut && i - start >= MAX_SENTENCE && c == ' ') {
                cut = true;
                end = i;
            }
            if (cut) {
                add(out, text, start, end);
                start = end;
                i = end - 1;
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static boolean opensSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '‘' || c == '('
                || c == '«' || c == '\'';
    }

    private static boolean abbreviationBefore(String text, int dot) {
        int j = dot - 1;
        while (j >= 0 && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '.')) {
            j--;
        }
        String word = text.substring(j + 1, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void add(List<int[]> out, String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from < to) {
            out.add(new int[] {from, to});
        }
    }
}
