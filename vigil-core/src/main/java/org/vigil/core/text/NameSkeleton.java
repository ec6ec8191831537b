package org.vigil.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The spelling-insensitive "skeleton" of a name, under which its Cyrillic form and its usual Latin
 * spellings meet (Тулетаева, Tuletayeva, Tuletaeva; Жанар, Zhanar, Janar, Zanar; Қайрат, Qairat, Kayrat).
 * Search indexes and queries it, linkage compares and blocks on it: one rule, so a name that search finds
 * is a name linkage can match.
 *
 * <p>A word is written in ASCII ({@link Transliteration}), then the variants between the BGN/PCGN, ICAO
 * passport (Doc 9303), ISO 9 / scholarly and Kazakh 2021 Latin systems are folded: digraphs to one letter
 * (hissing sounds to their plain letter because ISO 9 without diacritics writes ж ш ч as z s c; kh to h
 * because ISO 9 writes х as h), the glide {@code y/i} before a vowel dropped, {@code y} read as {@code i},
 * consonant + yo as e (ё), doubled letters collapsed. The skeleton is deliberately lossy: a few different
 * names meet (Zhanna/Zanna, Dana/Diana, Tsoi/Choi); search ranks exact spellings first and linkage compares
 * exact spelling on a level of its own. Inflection is not folded: Kozlov and Kozlova stay apart.
 */
public final class NameSkeleton {

    private static final int CACHE_LIMIT = 1_000_000;
    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();

    /** Longest first, so that shch wins over sch and dzh over zh. */
    private static final String[][] DIGRAPHS = {
            {"shch", "s"}, {"sch", "s"}, {"tch", "c"}, {"dzh", "z"}, {"zh", "z"}, {"dj", "z"}, {"sh", "s"},
            {"ch", "c"}, {"kh", "h"}, {"gh", "g"}, {"ts", "c"}, {"tz", "c"}, {"ph", "f"}, {"ck", "k"},
            {"ng", "n"}, {"q", "k"}, {"x", "ks"}, {"w", "v"}, {"iy", "i"}, {"yi", "i"},
    };

    private NameSkeleton() {
    }

    /** The skeleton of one word in any script; empty when it has no letters or digits. */
    public static String ofWord(String word) {
        return ofAsciiWord(Transliteration.toAscii(word).replace(" ", ""));
    }

    /**
     * The skeletons of the words of a text, space-separated. A word is a run of letters, digits, combining
     * marks and apostrophes (O'Brien, Tat'yana), so any other character, a dash included, ends it.
     */
    public static String of(String text) {
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
        return String.join(" ", skeletons);
    }

    /** The skeleton of a word already in lower-case ASCII (a word of {@link Transliteration#toAscii}). */
    public static String ofAsciiWord(String asciiWord) {
        if (asciiWord.isEmpty()) {
            return "";
        }
        String cached = CACHE.get(asciiWord);
        if (cached != null) {
            return cached;
        }
        String skeleton = fold(asciiWord);
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(asciiWord, skeleton);
        }
        return skeleton;
    }

    private static String fold(String asciiWord) {
        String s = collapseDoubles(foldDigraphs(asciiWord));
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char prev = i > 0 ? s.charAt(i - 1) : ' ';
            char next = i + 1 < n ? s.charAt(i + 1) : ' ';
            if (c == 'y' && next == 'o' && i > 0 && !isVowel(prev)) {
                // consonant + yo is Russian ё, usually written e (Fyodor / Fedor)
                out.append('e');
                i++;
                continue;
            }
            if (c == 'j') {
                // Kazakh Latin j is zh (Erjan) before a vowel; ISO 9 j is the glide y elsewhere (Ajgul)
                c = isVowel(next) ? 'z' : 'i';
            } else if ((c == 'y' || c == 'i') && isVowel(next) && next != 'i' && next != 'y') {
                // the glide of я ю е written ya/ia/a, yu/iu/u, ye/ie/e (Belyayeva, Beliaeva, Belaeva)
                continue;
            }
            out.append(c == 'y' ? 'i' : c);
        }
        return collapseDoubles(out.toString());
    }

    private static String foldDigraphs(String word) {
        StringBuilder out = new StringBuilder(word.length() + 2);
        int i = 0;
        next:
        while (i < word.length()) {
            for (String[] d : DIGRAPHS) {
                if (word.startsWith(d[0], i)) {
                    out.append(d[1]);
                    i += d[0].length();
                    continue next;
                }
            }
            out.append(word.charAt(i++));
        }
        return out.toString();
    }

    private static String collapseDoubles(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // Only letters: 2011 is a year, not a spelling of 201.
            if (out.length() == 0 || out.charAt(out.length() - 1) != c || Character.isDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
