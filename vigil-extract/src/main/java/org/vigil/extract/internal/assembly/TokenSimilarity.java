package org.vigil.extract.internal.assembly;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two short phrases say the same thing: their content words overlap by at least 60% (Jaccard), or
 * the words of the shorter (two or more) are all in the longer. Used to merge repeated mentions of a charge.
 */
final class TokenSimilarity {

    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "in", "on", "for", "and", "or", "to", "by",
            "at", "with", "s", "his", "her", "their", "alleged");

    private TokenSimilarity() {
    }

    static Set<String> words(String text) {
        String n = Normalizer.isNormalized(text, Normalizer.Form.NFKD) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKD);
        Set<String> words = new LinkedHashSet<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i <= n.length(); i++) {
            char c = i < n.length() ? n.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                w.append(Character.toLowerCase(c));
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && w.length() > 0) {
                String word = w.toString();
                if (!STOP.contains(word)) {
                    words.add(word);
                }
                w.setLength(0);
            }
        }
        return words;
    }

    static boolean similar(String a, String b) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        Set<String> inter = new LinkedHashSet<>(wa);
        inter.retainAll(wb);
        Set<String> union = new LinkedHashSet<>(wa);
        union.addAll(wb);
        int small = Math.min(wa.size(), wb.size());
        return inter.size() * 10 >= union.size() * 6 || inter.size() == small && small >= 2;
    }
}
