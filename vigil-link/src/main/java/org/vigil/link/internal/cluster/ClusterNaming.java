package org.vigil.link.internal.cluster;

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
        // each cluster's previous id when all its linked records agree on one (-1: none, -2: several)
        int[] single = new int[names.length];
        java.util.Arrays.fill(single, -1);
        List<String> previousIds = new ArrayList<>();
        Map<String, Integer> previousIndex = new HashMap<>();
        int[] previousOf = new int[n];
        for (int i = 0; i < n; i++) {
            Optional<String> old = previous.apply(recordId.apply(i));
            previousOf[i] = -1;
            if (old.isPresent()) {
                int p = previousIndex.computeIfAbsent(old.get(), k -> {
                    previousIds.add(k);
                    return previousIds.size() - 1;
                });
                previousOf[i] = p;
                int c = cluster[i];
                single[c] = single[c] == -1 || single[c] == p ? p : -2;
            }
        }
        // the common case (nothing split or merged): a previous id claimed by exactly one cluster
        int[] claims = new int[previousIds.size()];
        boolean conflicts = false;
        for (int c = 0; c < names.length; c++) {
            if (single[c] >= 0) {
                claims[single[c]]++;
            }
            conflicts |= single[c] == -2;
        }
        for (int c = 0; c < names.length; c++) {
            if (single[c] >= 0 && claims[single[c]] == 1 && used.add(previousIds.get(single[c]))) {
                names[c] = previousIds.get(single[c]);
            } else if (single[c] >= 0) {
                conflicts = true;
            }
        }
        if (conflicts) {
            // votes: how many records of each unnamed cluster had each previous id
            Map<Long, Integer> votes = new HashMap<>();
            for (int i = 0; i < n; i++) {
                if (previousOf[i] >= 0 && names[cluster[i]] == null) {
                    votes.merge(((long) cluster[i] << 32) | previousOf[i], 1, Integer::sum);
                }
            }
            List<long[]> ranked = new ArrayList<>();
            for (Map.Entry<Long, Integer> v : votes.entrySet()) {
                ranked.add(new long[]{v.getValue(), v.getKey() >>> 32, v.getKey() & 0xffffffffL});
            }
            // most records first, then the previous id's spelling, then cluster order
            ranked.sort((x, y) -> x[0] != y[0] ? Long.compare(y[0], x[0])
                    : !previousIds.get((int) x[2]).equals(previousIds.get((int) y[2]))
                    ? previousIds.get((int) x[2]).compareTo(previousIds.get((int) y[2]))
                    : Long.compare(x[1], y[1]));
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
