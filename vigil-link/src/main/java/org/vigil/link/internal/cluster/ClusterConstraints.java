package org.vigil.link.internal.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What clustering must respect besides the scores: pairs a reviewer marked "same" (must link),
 * pairs marked "different" (must never end in one cluster), whether a cluster may hold two records
 * of the same source (not in link-only mode), and which clusters are already settled (incremental).
 *
 * @param mustLink        record index pairs that must share a cluster
 * @param cannotLink      record index pairs that must not
 * @param onePerSource    at most one record of each source per cluster
 * @param initialClusters for each record, its existing cluster number, or -1 for a new record
 */
public record ClusterConstraints(List<int[]> mustLink, List<int[]> cannotLink, boolean onePerSource,
                                 int[] initialClusters) {

    /** Copies the lists. */
    public ClusterConstraints {
        mustLink = List.copyOf(mustLink);
        cannotLink = List.copyOf(cannotLink);
    }

    /** For each record, the records it must not share a cluster with. */
    Map<Integer, int[]> cannotLinkIndex() {
        Map<Integer, int[]> index = new HashMap<>();
        for (int[] p : cannotLink) {
            add(index, p[0], p[1]);
            add(index, p[1], p[0]);
        }
        return index;
    }

    private static void add(Map<Integer, int[]> index, int from, int to) {
        int[] old = index.get(from);
        int[] next = old == null ? new int[1] : java.util.Arrays.copyOf(old, old.length + 1);
        next[next.length - 1] = to;
        index.put(from, next);
    }
}
