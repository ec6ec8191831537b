package org.vigil.link.normalise;

/**
 * A spelling-insensitive key for one transliterated word: the different Latin spellings of the same
 * Cyrillic name (Tuletayeva / Tuletaeva, Zhanar / Janar, Khasanov / Hasanov, Qairat / Kairat /
 * Kayrat, Dmitriy / Dmitry) get the same key.
 *
 * <p>The folds follow the variants between the BGN/PCGN, ICAO passport (Doc 9303), ISO 9 / scholarly
 * and Kazakh 2021 Latin systems: multi-letter digraphs to one letter, glide {@code y/j/i} before a
 * vowel dropped, {@code y} after a vowel read as {@code i}, doubled letters collapsed.
 */
public final class SpellingKey {

    private static final String[][] DIGRAPHS = {
            {"shch", "sh"}, {"sch", "sh"}, {"tch", "ch"}, {"dzh", "j"}, {"zh", "j"}, {"kh", "h"},
            {"gh", "g"}, {"ts", "c"}, {"tz", "c"}, {"ph", "f"}, {"ck", "k"}, {"ng", "n"},
            {"q", "k"}, {"x", "ks"}, {"w", "v"},
    };

    private SpellingKey() {
    }

    /** The key of a lower-case ASCII word (see {@link Transliteration#toAscii}). */
    public static String of(String asciiWord) {
        String s = asciiWord;
        for (String[] d : DIGRAPHS) {
            if (s.contains(d[0])) {
                s = s.replace(d[0], d[1]);
            }
        }
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char prev = i > 0 ? s.charAt(i - 1) : ' ';
            char next = i + 1 < n ? s.charAt(i + 1) : ' ';
            if ((c == 'y' || c == 'j') && next == 'o' && i > 0 && !isVowel(prev)) {
                // consonant + yo is Russian ё, usually written e (Fyodor / Fedor)
                out.append('e');
                i++;
                continue;
            }
            if ((c == 'y' || c == 'j') && isVowel(next)) {
                continue;
            }
            if (c == 'i' && isVowel(next) && next != 'i' && (i == 0 || isVowel(prev))) {
                continue;
            }
            if (c == 'y') {
                c = 'i';
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) == c) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
