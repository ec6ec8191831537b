package org.vigil.link.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntBinaryOperator;

/**
 * Groups records into clusters from scored pairs, resisting chains. Pairs are taken strongest first
 * (ties by record order, so the result never depends on threads); a pair at or above the threshold
 * merges its two clusters only if the average match probability over <em>all</em> pairs across
 * them (compared on the spot, not only the candidate pairs) reaches the cohesion level. A record
 * that resembles one member of a family but not the others therefore does not pull the families
 * together, which plain connected components would do (single-linkage chaining).
 */
public final class Clusterer {

    /** Most cross pairs compared when testing a merge of two large clusters; beyond it a fixed stride sample. */
    static final int MAX_CROSS_PAIRS = 400;

    private final int[] parent;
    private final int[] next;
    private final int[] tail;
    private final int[] size;
    private final boolean[] settled;
    private final int[] sources;
    private final IntBinaryOperator probabilityPermille;
    private final List<int[]> conflicts = new ArrayList<>();
    private final List<int[]> bridges = new ArrayList<>();

    /**
     * A clusterer over {@code n} records.
     *
     * @param sources             source index of each record
     * @param probabilityPermille match probability of any two records in thousandths (compares them)
     */
    public Clusterer(int[] sources, IntBinaryOperator probabilityPermille) {
        int n = sources.length;
        this.parent = new int[n];
        this.next = new int[n];
        this.tail = new int[n];
        this.size = new int[n];
        this.settled = new boolean[n];
        this.sources = sources;
        this.probabilityPermille = probabilityPermille;
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            next[i] = -1;
            tail[i] = i;
            size[i] = 1;
        }
    }

    /**
     * Clusters the records.
     *
     * @param left         first record of each scored pair
     * @param right        second record
     * @param weights      match weight of each pair
     * @param count        number of pairs
     * @param threshold    match probability a pair needs to link
     * @param cohesion     average probability across two clusters needed to merge them
     * @param constraints  reviewer decisions, source rule and settled clusters
     * @return for each record, the index of a representative record of its cluster
     */
    public int[] cluster(int[] left, int[] right, float[] weights, int count, double threshold, double cohesion,
                         ClusterConstraints constraints) {
        Map<Integer, int[]> cannot = constraints.cannotLinkIndex();
        int[] initial = constraints.initialClusters();
        if (initial != null) {
            int[] firstOf = new int[parent.length];
            Arrays.fill(firstOf, -1);
            for (int i = 0; i < initial.length; i++) {
                if (initial[i] >= 0) {
                    if (firstOf[initial[i]] < 0) {
                        firstOf[initial[i]] = i;
                    } else {
                        union(find(firstOf[initial[i]]), find(i));
                    }
                    settled[i] = true;
                }
            }
        }
        for (int[] p : constraints.mustLink()) {
            int a = find(p[0]);
            int b = find(p[1]);
            if (a != b) {
                if (violates(a, b, cannot, constraints.onePerSource())) {
                    conflicts.add(p);
                } else {
                    union(a, b);
                }
            }
        }
        double minWeight = Math.log(threshold / (1 - threshold)) / Math.log(2);
        int strong = 0;
        for (int k = 0; k < count; k++) {
            if (weights[k] >= minWeight) {
                strong++;
            }
        }
        long[] order = new long[strong];
        int x = 0;
        for (int k = 0; k < count; k++) {
            if (weights[k] >= minWeight) {
                order[x++] = ((long) sortable(-weights[k]) << 32) | k;
            }
        }
        Arrays.sort(order);
        int cohesionPermille = (int) Math.round(cohesion * 1000);
        for (long o : order) {
            int k = (int) (o & 0xffffffffL);
            int a = find(left[k]);
            int b = find(right[k]);
            if (a == b) {
                continue;
            }
            if (settled[a] && settled[b]) {
                // incremental runs never merge two existing clusters; a reviewer decides
                bridges.add(new int[]{left[k], right[k]});
                continue;
            }
            if (violates(a, b, cannot, constraints.onePerSource())) {
                continue;
            }
            if (size[a] == 1 && size[b] == 1 || averagePermille(a, b) >= cohesionPermille) {
                union(a, b);
            }
        }
        int[] rep = new int[parent.length];
        for (int i = 0; i < rep.length; i++) {
            rep[i] = find(i);
        }
        return rep;
    }

    /** Must-link decisions that could not be honoured because they contradict a "different" decision. */
    public List<int[]> conflicts() {
        return conflicts;
    }

    /** Strong pairs between two existing clusters, left for a reviewer in incremental runs. */
    public List<int[]> bridges() {
        return bridges;
    }

    private boolean violates(int a, int b, Map<Integer, int[]> cannot, boolean onePerSource) {
        int small = size[a] <= size[b] ? a : b;
        int other = small == a ? b : a;
        if (!cannot.isEmpty()) {
            for (int i = small; i >= 0; i = next[i]) {
                int[] c = cannot.get(i);
                if (c != null) {
                    for (int j : c) {
                        if (find(j) == other) {
                            return true;
                        }
                    }
                }
            }
        }
        if (onePerSource) {
            for (int i = a; i >= 0; i = next[i]) {
                for (int j = b; j >= 0; j = next[j]) {
                    if (sources[i] == sources[j]) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private int averagePermille(int a, int b) {
        long pairs = (long) size[a] * size[b];
        int stride = (int) Math.max(1, pairs / MAX_CROSS_PAIRS);
        long sum = 0;
        int n = 0;
        long index = 0;
        for (int i = a; i >= 0; i = next[i]) {
            for (int j = b; j >= 0; j = next[j]) {
                if (index++ % stride == 0) {
                    sum += probabilityPermille.applyAsInt(i, j);
                    n++;
                }
            }
        }
        return (int) (sum / Math.max(1, n));
    }

    private int find(int i) {
        int r = i;
        while (parent[r] != r) {
            r = parent[r];
        }
        while (parent[i] != r) {
            int up = parent[i];
            parent[i] = r;
            i = up;
        }
        return r;
    }

    /** Merges two roots; the member list of the smaller is appended to the larger. */
    private void union(int a, int b) {
        int big = size[a] >= size[b] ? a : b;
        int small = big == a ? b : a;
        parent[small] = big;
        next[tail[big]] = small;
        tail[big] = tail[small];
        size[big] += size[small];
        settled[big] |= settled[small];
    }

    private static int sortable(float f) {
        int bits = Float.floatToIntBits(f == 0.0f ? 0.0f : f);
        return bits ^ ((bits >> 31) & 0x7fffffff);
    }
}
