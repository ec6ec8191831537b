package org.vigil.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far two clusterings of the same records agree, pair by pair: F1 of the pairs each puts in one cluster
 * (the measure of ../shared/tools/score_linkage.py, one clustering taken as the reference), and the first
 * pairs only one of them links.
 *
 * @param f1        pairwise F1
 * @param differing up to 20 pairs linked by one clustering only, "a~b (reference only|other only)"
 */
record PairwiseAgreement(double f1, List<String> differing) {

    static PairwiseAgreement of(Map<String, String> reference, Map<String, String> other) {
        long inReference = pairs(reference);
        long inOther = pairs(other);
        Map<String, Long> both = new HashMap<>();
        reference.forEach((id, c) -> both.merge(c + '\u0000' + other.get(id), 1L, Long::sum));
        long common = 0;
        for (long n : both.values()) {
            common += n * (n - 1) / 2;
        }
        double f1 = inReference + inOther == 0 ? 1 : 2.0 * common / (inReference + inOther);
        List<String> differing = new ArrayList<>();
        listOnlyIn(reference, other, "reference only", differing);
        listOnlyIn(other, reference, "other only", differing);
        return new PairwiseAgreement(f1, differing);
    }

    private static long pairs(Map<String, String> clusters) {
        Map<String, Long> sizes = new HashMap<>();
        clusters.values().forEach(c -> sizes.merge(c, 1L, Long::sum));
        return sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }

    private static void listOnlyIn(Map<String, String> a, Map<String, String> b, String label, List<String> out) {
        Map<String, List<String>> members = new HashMap<>();
        a.forEach((id, c) -> members.computeIfAbsent(c, k -> new ArrayList<>()).add(id));
        for (List<String> m : members.values()) {
            for (int x = 0; x < m.size() && out.size() < 20; x++) {
                for (int y = x + 1; y < m.size() && out.size() < 20; y++) {
                    if (!b.get(m.get(x)).equals(b.get(m.get(y)))) {
                        out.add(m.get(x) + "~" + m.get(y) + " (" + label + ")");
                    }
                }
            }
        }
    }
}
