package org.vigil.store.search;

/**
 * Folds the spelling variants that different romanisations of the same Cyrillic name produce, so that
 * Tuletayeva, Tuletaeva and Тулетаева (romanised as Tuletaeva) share one skeleton.
 *
 * <p>Input is lower-case ASCII; the steps run in this order, each on the result of the one before:
 * <ol>
 *   <li>{@code j} before a consonant or at the end becomes {@code i} (Sergej → sergei, Evgenij → evgenii);</li>
 *   <li>consonant clusters: shch, sch → sh; dzh, dj, zh → j; kh → h; gh → g; tch → ch; ts, tz → c; ck → k;
 *       x → ks; q → k; w → v; ph → f;</li>
 *   <li>{@code y}: dropped in "ye" at the start of a word or after a vowel (Yevgeny → evgeny,
 *       Tuletayeva → tuletaeva) and between two vowels; becomes {@code i} when no vowel a/e/o/u follows
 *       (Aygul → aigul, Yevgeniy → evgenii, Khalyk → halik); "yo" after a consonant, the usual
 *       romanisation of ё, becomes {@code e} as BGN writes it (Fyodor → fedor, Semyon → semen);</li>
 *   <li>{@code i} before a/e/o/u becomes {@code y} (Tatiana → tatyana, Natalia → natalya);</li>
 *   <li>a run of one letter becomes a single letter (Evgenii → evgeni, Anna → ana); digits are kept as they are.</li>
 * </ol>
 * Inflection is deliberately not folded: Kozlov and Kozlova keep distinct skeletons.
 */
final class SpellingVariantFolding {

    /** Longest first, so that "shch" wins over "sch" and "dzh" over "zh". */
    private static final String[][] CLUSTERS = {
            {"shch", "sh"}, {"dzh", "j"}, {"sch", "sh"}, {"tch", "ch"},
            {"zh", "j"}, {"dj", "j"}, {"kh", "h"}, {"gh", "g"}, {"ts", "c"}, {"tz", "c"}, {"ck", "k"}, {"ph", "f"},
            {"x", "ks"}, {"q", "k"}, {"w", "v"}};

    private SpellingVariantFolding() {
    }

    /** The folded form of a lower-case ASCII word. */
    static String fold(String word) {
        String s = loneJToI(word);
        s = clusters(s);
        s = yVariants(s);
        s = iBeforeVowel(s);
        return collapseRuns(s);
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    private static boolean isFullVowel(char c) {
        return c == 'a' || c == 'e' || c == 'o' || c == 'u';
    }

    private static String loneJToI(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean vowelFollows = i + 1 < s.length() && (isVowel(s.charAt(i + 1)) || s.charAt(i + 1) == 'y');
            out.append(c == 'j' && !vowelFollows ? 'i' : c);
        }
        return out.toString();
    }

    private static String clusters(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        int i = 0;
        next:
        while (i < s.length()) {
            for (String[] rule : CLUSTERS) {
                if (s.startsWith(rule[0], i)) {
                    out.append(rule[1]);
                    i += rule[0].length();
                    continue next;
                }
            }
            out.append(s.charAt(i++));
        }
        return out.toString();
    }

    private static String yVariants(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != 'y') {
                out.append(c);
                continue;
            }
            boolean atStart = out.length() == 0;
            boolean afterVowel = !atStart && isVowel(out.charAt(out.length() - 1));
            char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            if (next == 'e' && (atStart || afterVowel)) {
                continue;
            }
            if (afterVowel && isFullVowel(next)) {
                continue;
            }
            if (!atStart && !afterVowel && next == 'o') {
                out.append('e');
                i++;
                continue;
            }
            out.append(isFullVowel(next) ? 'y' : 'i');
        }
        return out.toString();
    }

    private static String iBeforeVowel(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean fullVowelFollows = i + 1 < s.length() && isFullVowel(s.charAt(i + 1));
            out.append(c == 'i' && fullVowelFollows ? 'y' : c);
        }
        return out.toString();
    }

    private static String collapseRuns(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean repeatedLetter = c > '9' && out.length() > 0 && out.charAt(out.length() - 1) == c;
            if (!repeatedLetter) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
