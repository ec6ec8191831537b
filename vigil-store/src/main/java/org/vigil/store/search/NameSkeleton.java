package org.vigil.store.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The script-independent "skeleton" of a name, under which Cyrillic and Latin spellings meet:
 * Тулетаева, Tuletayeva and Tuletaeva all become {@code tuletaeva}.
 *
 * <p>A word is first written in lower-case ASCII ({@link LatinTransliteration}), then its romanisation
 * variants are folded ({@link SpellingVariantFolding}). The search index keeps a skeleton field next to
 * every folded text field and passes queries through the same function.
 */
public final class NameSkeleton {

    private NameSkeleton() {
    }

    /** The skeleton of one word; empty when the word has no letters or digits. */
    public static String ofWord(String word) {
        String ascii = LatinTransliteration.toLowerAscii(word);
        return ascii.isEmpty() ? "" : SpellingVariantFolding.fold(ascii);
    }

    /** The skeletons of the words of a text (split at anything but letters, digits and marks), space-separated. */
    public static String of(String text) {
        return String.join(" ", words(text));
    }

    private static List<String> words(String text) {
        List<String> skeletons = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            boolean wordChar = Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || cp == '\'' || cp == '’' || cp == 'ʼ';
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                String skeleton = ofWord(text.substring(start, i));
                if (!skeleton.isEmpty()) {
                    skeletons.add(skeleton);
                }
                start = -1;
            }
            i += i < text.length() ? Character.charCount(cp) : 1;
        }
        return skeletons;
    }
}
