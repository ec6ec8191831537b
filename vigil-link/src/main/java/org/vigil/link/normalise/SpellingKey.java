package org.vigil.link.normalise;

/**
 * A spelling-insensitive key for one transliterated word: the different Latin spellings of the same
 * Cyrillic name (Tuletayeva / Tuletaeva, Zhanar / Janar, Khasanov / Hasanov, Qairat / Kairat /
 * Kayrat, Dmitriy / Dmitry) get the same key.
 *
 * <p>The folds follow the variants between the BGN/PCGN, ICAO passport (Doc 9303), ISO 9 / scholarly
 * and Kazakh 2021 Latin systems: multi-letter digraphs to one letter, glide {@code y/i} before a
 * vowel dropped, {@code y} after a vowel read as {@code i}, doubled letters collapsed. The key is
 * deliberately lossy (Zhanna and Zanna share it): it serves one comparison level and blocking,
 * while exact spelling is compared separately.
 */
public final class SpellingKey {

    /**
     * Digraphs folded to one letter. Hissing sounds fold to their plain letter because ISO 9 without
     * diacritics writes ж ш ч as z s c (Zanar for Жанар); kh to h because ISO 9 writes х as h.
     */
    private static final String[][] DIGRAPHS = {
            {"shch", "s"}, {"sch", "s"}, {"tch", "c"}, {"dzh", "z"}, {"zh", "z"}, {"sh", "s"}, {"ch", "c"},
            {"kh", "h"}, {"gh", "g"}, {"ts", "c"}, {"tz", "c"}, {"ph", "f"}, {"ck", "k"}, {"ng", "n"},
            {"q", "k"}, {"x", "ks"}, {"w", "v"}, {"iy", "i"}, {"yi", "i"},
    };

    private SpellingKey() {
    }

    private static final int CACHE_LIMIT = 2_000_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, String> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The key of a lower-case ASCII word (see {@link Transliteration#toAscii}). */
    public static String of(String asciiWord) {
        String cached = CACHE.get(asciiWord);
        if (cached != null) {
            return cached;
        }
        String key = compute(asciiWord);
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(asciiWord, key);
        }
        return key;
    }

    private static String compute(String asciiWord) {
        String s = foldDigraphs(asciiWord);
        s = collapseDoubles(s);
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
        outer:
        while (i < word.length()) {
            for (String[] d : DIGRAPHS) {
                if (word.startsWith(d[0], i)) {
                    out.append(d[1]);
                    i += d[0].length();
                    continue outer;
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
            if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
