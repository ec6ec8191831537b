package org.vigil.app.demo;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Text matching with the same rules as ../shared/tools/score_extraction.py (normalise, drop stop
 * words, compare token sets), so "the demo holds every gold fact" means what the scorer would mean.
 */
final class GoldFacts {

    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "in", "on", "for", "and", "to", "by",
            "at", "with", "s");

    private GoldFacts() {
    }

    static String norm(String text) {
        String t = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "");
        return String.join(" ", t.replaceAll("[^a-z0-9 ]+", " ").trim().split("\\s+"));
    }

    static Set<String> tokens(String text) {
        return Arrays.stream(norm(text).split(" ")).filter(s -> !s.isEmpty() && !STOP.contains(s))
                .collect(Collectors.toCollection(HashSet::new));
    }

    /** The scorer's {@code similar}: same normal form, Jaccard ≥ 0.6, or one side's ≥2 tokens all in the other. */
    static boolean similar(String a, String b) {
        Set<String> ta = tokens(a);
        Set<String> tb = tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return false;
        }
        if (norm(a).equals(norm(b))) {
            return true;
        }
        Set<String> inter = new HashSet<>(ta);
        inter.retainAll(tb);
        Set<String> union = new HashSet<>(ta);
        union.addAll(tb);
        int min = Math.min(ta.size(), tb.size());
        return (double) inter.size() / union.size() >= 0.6 || (inter.size() == min && min >= 2);
    }

    /** The scorer's {@code same_person}: equal names, or same surname and first initial. */
    static boolean samePerson(String a, String b) {
        String[] na = norm(a).split(" ");
        String[] nb = norm(b).split(" ");
        if (na[0].isEmpty() || nb[0].isEmpty()) {
            return false;
        }
        return Arrays.equals(na, nb)
                || (na[na.length - 1].equals(nb[nb.length - 1]) && na[0].charAt(0) == nb[0].charAt(0));
    }

    static boolean shareToken(String a, String b) {
        Set<String> ta = tokens(a);
        ta.retainAll(tokens(b));
        return !ta.isEmpty();
    }
}
