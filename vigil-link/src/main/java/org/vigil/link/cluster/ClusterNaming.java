package org.vigil.link.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            members.computeIfAbsent(representative[i], k -> new ArrayList<>()).add(i);
        }
        // votes: (cluster rep, previous id) -> records
        List<Object[]> votes = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> e : members.entrySet()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (int i : e.getValue()) {
                previous.apply(recordId.apply(i)).ifPresent(id -> counts.merge(id, 1, Integer::sum));
            }
            for (Map.Entry<String, Integer> c : counts.entrySet()) {
                votes.add(new Object[]{e.getKey(), c.getKey(), c.getValue(), e.getValue().get(0)});
            }
        }
        votes.sort((a, b) -> {
            int byCount = Integer.compare((Integer) b[2], (Integer) a[2]);
            if (byCount != 0) {
                return byCount;
            }
            int byId = ((String) a[1]).compareTo((String) b[1]);
            return byId != 0 ? byId : Integer.compare((Integer) a[3], (Integer) b[3]);
        });
        Map<Integer, String> named = new HashMap<>();
        Set<String> used = new HashSet<>(reserved);
        for (Object[] v : votes) {
            int rep = (Integer) v[0];
            String id = (String) v[1];
            if (!named.containsKey(rep) && used.add(id)) {
                named.put(rep, id);
            }
        }
        for (Map.Entry<Integer, List<Integer>> e : members.entrySet()) {
            if (named.containsKey(e.getKey())) {
                continue;
            }
            String base = recordId.apply(e.getValue().get(0));
            String id = base;
            int k = 2;
            while (!used.add(id)) {
                id = base + "~" + k++;
            }
            named.put(e.getKey(), id);
        }
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = named.get(representative[i]);
        }
        return out;
    }
}
