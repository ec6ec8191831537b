package org.vigil.link.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Gives clusters stable ids. A cluster keeps the previous id most of its records had (each
 * previous id goes to the cluster holding most of its records); a new cluster is named after its
 * first record in input order, with a suffix if that id is taken.
 */
public final class ClusterNaming {

    private ClusterNaming() {
    }

    /**
     * Names clusters.
     *
     * @param representative for each record index, its cluster's representative record
     * @param recordId       the id of a record index
     * @param previous       the previous cluster id of a record id, if any
     * @param reserved       ids that must not be reused for new clusters (held by records not in this run)
     * @return the cluster id of each record index
     */
    public static String[] name(int[] representative, IntFunction<String> recordId,
                                java.util.function.Function<String, Optional<String>> previous, Set<String> reserved) {
        int n = representative.length;
        // clusters numbered by their first record in input order
        int[] numberOfRep = new int[n];
        java.util.Arrays.fill(numberOfRep, -1);
        int[] cluster = new int[n];
        List<Integer> firstMember = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int r = representative[i];
            if (numberOfRep[r] < 0) {
                numberOfRep[r] = firstMember.size();
                firstMember.add(i);
            }
            cluster[i] = numberOfRep[r];
        }
        String[] names = new String[firstMember.size()];
        Set<String> used = new HashSet<>(reserved);
        // votes: how many records of each cluster had each previous id
        Map<Long, Integer> votes = new HashMap<>();
        List<String> previousIds = new ArrayList<>();
        Map<String, Integer> previousIndex = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Optional<String> old = previous.apply(recordId.apply(i));
            if (old.isPresent()) {
                int p = previousIndex.computeIfAbsent(old.get(), k -> {
                    previousIds.add(k);
                    return previousIds.size() - 1;
                });
                votes.merge(((long) cluster[i] << 32) | p, 1, Integer::sum);
            }
        }
        if (!votes.isEmpty()) {
            List<long[]> ranked = new ArrayList<>();
            for (Map.Entry<Long, Integer> v : votes.entrySet()) {
                ranked.add(new long[]{v.getValue(), v.getKey() >>> 32, v.getKey() & 0xffffffffL});
            }
            // most records first, then the previous id's spelling, then cluster order
            ranked.sort((a, b) -> a[0] != b[0] ? Long.compare(b[0], a[0])
                    : !previousIds.get((int) a[2]).equals(previousIds.get((int) b[2]))
                    ? previousIds.get((int) a[2]).compareTo(previousIds.get((int) b[2]))
                    : Long.compare(a[1], b[1]));
            for (long[] v : ranked) {
                int c = (int) v[1];
                String id = previousIds.get((int) v[2]);
                if (names[c] == null && used.add(id)) {
                    names[c] = id;
                }
            }
        }
        for (int c = 0; c < names.length; c++) {
            if (names[c] != null) {
                continue;
            }
            String base = recordId.apply(firstMember.get(c));
            String id = base;
            int k = 2;
            while (!used.add(id)) {
                id = base + "~" + k++;
            }
            names[c] = id;
        }
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = names[cluster[i]];
        }
        return out;
    }
}
