package org.vigil.link.internal.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntBinaryOperator;
import java.util.stream.IntStream;

/**
 * Groups records into clusters from scored pairs, resisting chains. Pairs are taken strongest first
 * (ties by record order); a pair at or above the threshold merges its two clusters only if the
 * average match probability over <em>all</em> pairs across them reaches the cohesion level. A record
 * that resembles one member of a family but not the others therefore does not pull the families
 * together, which plain connected components would do (single-linkage chaining).
 *
 * <p>The average is computed incrementally, so that the cost stays close to linear in the candidate
 * pairs: cross pairs that were candidates contribute their stored probability, found through each
 * record's list of candidate neighbours; cross pairs that were not candidates are compared on the
 * spot (cached), all of them when there are at most {@value #ON_THE_SPOT} such pairs, else a fixed
 * stride sample of that many whose mean stands for the rest. A refused merge is remembered until one
 * of the two clusters grows. Merges can only happen inside a connected component of the strong pairs,
 * so components are clustered in parallel, each in strength order: the result never depends on threads.
 */
public final class Clusterer {

    /** Most non-candidate cross pairs compared on the spot for one merge test; beyond it a stride sample. */
    static final int ON_THE_SPOT = 64;
    /** Cross pairs enumerated exactly when testing a merge; larger cluster pairs are sampled. */
    private static final int ENUMERATE = 4096;
    /** On-the-spot comparisons remembered per component before the cache is emptied. */
    private static final int CACHE_LIMIT = 1 << 20;

    private final int[] parent;
    private final int[] next;
    private final int[] tail;
    private final int[] size;
    private final boolean[] settled;
    private final int[] sources;
    private final IntBinaryOperator probabilityPermille;
    private final List<int[]> conflicts = new ArrayList<>();
    private final List<int[]> bridges = new ArrayList<>();
    private final AtomicLong considered = new AtomicLong();
    private volatile long strongPairs;
    /** Candidate neighbours of each record (CSR) and their probability in thousandths. */
    private int[] adjacencyStart;
    private int[] adjacency;
    private short[] adjacencyPermille;
    /** Component of each record (fixed before the parallel part: records of other components are never touched). */
    private int[] componentOf;

    /**
     * A clusterer over {@code n} records.
     *
     * @param sources             source index of each record
     * @param probabilityPermille match probability of any two records in thousandths (compares them;
     *                            called from several threads)
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

    /** Strong pairs considered so far and in all, for progress lines while clustering runs. */
    public String progress() {
        return considered.get() + " of " + strongPairs + " pairs above the threshold considered";
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
        int n = parent.length;
        Map<Integer, int[]> cannot = constraints.cannotLinkIndex();
        int[] initial = constraints.initialClusters();
        // components of everything that may join records: strong pairs, settled clusters, must-links
        int[] component = new int[n];
        for (int i = 0; i < n; i++) {
            component[i] = i;
        }
        if (initial != null) {
            int[] firstOf = new int[n];
            Arrays.fill(firstOf, -1);
            for (int i = 0; i < initial.length; i++) {
                if (initial[i] >= 0) {
                    if (firstOf[initial[i]] < 0) {
                        firstOf[initial[i]] = i;
                    } else {
                        union(find(firstOf[initial[i]]), find(i));
                        join(component, firstOf[initial[i]], i);
                    }
                    settled[i] = true;
                }
            }
        }
        for (int[] p : constraints.mustLink()) {
            int a = find(p[0]);
            int b = find(p[1]);
            join(component, p[0], p[1]);
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
        strongPairs = strong;
        long[] order = new long[strong];
        int x = 0;
        for (int k = 0; k < count; k++) {
            if (weights[k] >= minWeight) {
                order[x++] = ((long) sortable(-weights[k]) << 32) | k;
                join(component, left[k], right[k]);
            }
        }
        Arrays.parallelSort(order);
        buildAdjacency(left, right, weights, count);
        componentOf = new int[n];
        for (int i = 0; i < n; i++) {
            componentOf[i] = root(component, i);
        }
        // strong pairs grouped by component, each group in strength order
        int[] groupOf = new int[n];
        Arrays.fill(groupOf, -1);
        int groups = 0;
        int[] groupSize = new int[strong + 1];
        int[] pairGroup = new int[strong];
        for (int s = 0; s < strong; s++) {
            int k = (int) (order[s] & 0xffffffffL);
            int c = root(component, left[k]);
            if (groupOf[c] < 0) {
                groupOf[c] = groups++;
            }
            pairGroup[s] = groupOf[c];
            groupSize[pairGroup[s] + 1]++;
        }
        int[] groupStart = Arrays.copyOf(groupSize, groups + 1);
        for (int g = 0; g < groups; g++) {
            groupStart[g + 1] += groupStart[g];
        }
        int[] grouped = new int[strong];
        int[] fill = Arrays.copyOf(groupStart, groups);
        for (int s = 0; s < strong; s++) {
            grouped[fill[pairGroup[s]]++] = (int) (order[s] & 0xffffffffL);
        }
        order = null;
        int cohesionPermille = (int) Math.round(cohesion * 1000);
        boolean onePerSource = constraints.onePerSource();
        @SuppressWarnings("unchecked")
        List<int[]>[] groupBridges = new List[groups];
        // the largest components first, so that one big component does not finish alone at the end
        Integer[] byWork = new Integer[groups];
        for (int g = 0; g < groups; g++) {
            byWork[g] = g;
        }
        Arrays.sort(byWork, (a, b) -> Integer.compare(groupStart[b + 1] - groupStart[b], groupStart[a + 1] - groupStart[a]));
        IntStream.range(0, groups).parallel().forEach(q -> {
            int g = byWork[q];
            Component work = new Component();
            for (int s = groupStart[g]; s < groupStart[g + 1]; s++) {
                int k = grouped[s];
                considered.incrementAndGet();
                int a = find(left[k]);
                int b = find(right[k]);
                if (a == b) {
                    continue;
                }
                if (settled[a] && settled[b]) {
                    // incremental runs never merge two existing clusters; a reviewer decides
                    work.bridges.add(new int[]{left[k], right[k], s});
                    continue;
                }
                if (violates(a, b, cannot, onePerSource)) {
                    continue;
                }
                if (size[a] == 1 && size[b] == 1 || work.cohesive(a, b, cohesionPermille)) {
                    union(a, b);
                }
            }
            groupBridges[g] = work.bridges;
        });
        List<int[]> found = new ArrayList<>();
        for (List<int[]> b : groupBridges) {
            found.addAll(b);
        }
        // in strength order, as a single pass would have found them
        found.sort((p, q) -> Integer.compare(p[2], q[2]));
        for (int[] b : found) {
            bridges.add(new int[]{b[0], b[1]});
        }
        int[] rep = new int[n];
        for (int i = 0; i < n; i++) {
            rep[i] = find(i);
        }
        adjacency = null;
        adjacencyPermille = null;
        adjacencyStart = null;
        componentOf = null;
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

    /** Candidate pairs with a probability of at least one thousandth, by record, in both directions. */
    private void buildAdjacency(int[] left, int[] right, float[] weights, int count) {
        int n = parent.length;
        // below one thousandth a stored pair and an absent one count the same (0)
        double minWeight = Math.log(0.0005 / 0.9995) / Math.log(2);
        int[] start = new int[n + 1];
        for (int k = 0; k < count; k++) {
            if (weights[k] >= minWeight) {
                start[left[k] + 1]++;
                start[right[k] + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] to = new int[start[n]];
        short[] permille = new short[start[n]];
        int[] fill = Arrays.copyOf(start, n);
        for (int k = 0; k < count; k++) {
            if (weights[k] >= minWeight) {
                short p = (short) Math.round(1000 / (1 + Math.pow(2, -weights[k])));
                to[fill[left[k]]] = right[k];
                permille[fill[left[k]]++] = p;
                to[fill[right[k]]] = left[k];
                permille[fill[right[k]]++] = p;
            }
        }
        adjacencyStart = start;
        adjacency = to;
        adjacencyPermille = permille;
    }

    /** The work of one component: its refused merges and its on-the-spot comparisons. */
    private final class Component {
        final List<int[]> bridges = new ArrayList<>();
        /** Refused merges by cluster pair: the sizes at the time (a cluster only changes by growing). */
        final HashMap<Long, Long> refused = new HashMap<>();
        final HashMap<Long, Integer> compared = new HashMap<>();

        boolean cohesive(int a, int b, int cohesionPermille) {
            long pairKey = a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
            long sizes = ((long) size[Math.min(a, b)] << 32) | size[Math.max(a, b)];
            Long was = refused.get(pairKey);
            if (was != null && was == sizes) {
                return false;
            }
            boolean ok = averagePermille(a, b) >= cohesionPermille;
            if (!ok) {
                refused.put(pairKey, sizes);
            }
            return ok;
        }

        int averagePermille(int a, int b) {
            int small = size[a] <= size[b] ? a : b;
            int other = small == a ? b : a;
            long cross = (long) size[a] * size[b];
            long sum = 0;
            long candidates = 0;
            HashMap<Long, Integer> known = new HashMap<>();
            for (int i = small; i >= 0; i = next[i]) {
                for (int e = adjacencyStart[i]; e < adjacencyStart[i + 1]; e++) {
                    int j = adjacency[e];
                    if (componentOf[j] == componentOf[i] && find(j) == other) {
                        sum += adjacencyPermille[e];
                        candidates++;
                        known.put(((long) i << 32) | j, (int) adjacencyPermille[e]);
                    }
                }
            }
            long others = cross - candidates;
            if (others <= 0) {
                return (int) (sum / cross);
            }
            // the non-candidate cross pairs, compared on the spot: all, or a fixed stride sample
            long stride = Math.max(1, others / ON_THE_SPOT);
            long seen = 0;
            long sampleSum = 0;
            int sampled = 0;
            if (cross <= ENUMERATE || known.isEmpty()) {
                long crossStride = cross <= ENUMERATE ? 1 : Math.max(1, cross / ON_THE_SPOT);
                long index = 0;
                for (int i = small; i >= 0 && sampled < ON_THE_SPOT; i = next[i]) {
                    for (int j = other; j >= 0 && sampled < ON_THE_SPOT; j = next[j]) {
                        if (index++ % crossStride != 0 || known.containsKey(((long) i << 32) | j)) {
                            continue;
                        }
                        if (crossStride == 1 && seen++ % stride != 0) {
                            continue;
                        }
                        sampleSum += compare(i, j);
                        sampled++;
                    }
                }
            } else {
                long index = 0;
                long crossStride = Math.max(1, cross / ON_THE_SPOT);
                for (int i = small; i >= 0 && sampled < ON_THE_SPOT; i = next[i]) {
                    for (int j = other; j >= 0 && sampled < ON_THE_SPOT; j = next[j]) {
                        if (index++ % crossStride == 0 && !known.containsKey(((long) i << 32) | j)) {
                            sampleSum += compare(i, j);
                            sampled++;
                        }
                    }
                }
            }
            double othersMean = sampled == 0 ? 0 : (double) sampleSum / sampled;
            return (int) ((sum + othersMean * others) / cross);
        }

        int compare(int i, int j) {
            long key = i < j ? ((long) i << 32) | j : ((long) j << 32) | i;
            Integer p = compared.get(key);
            if (p == null) {
                if (compared.size() >= CACHE_LIMIT) {
                    compared.clear();
                }
                p = probabilityPermille.applyAsInt(i, j);
                compared.put(key, p);
            }
            return p;
        }
    }

    private boolean violates(int a, int b, Map<Integer, int[]> cannot, boolean onePerSource) {
        int small = size[a] <= size[b] ? a : b;
        int other = small == a ? b : a;
        if (!cannot.isEmpty()) {
            for (int i = small; i >= 0; i = next[i]) {
                int[] c = cannot.get(i);
                if (c != null) {
                    for (int j : c) {
                        if ((componentOf == null || componentOf[j] == componentOf[i]) && find(j) == other) {
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

    private static int root(int[] component, int i) {
        int r = i;
        while (component[r] != r) {
            r = component[r];
        }
        while (component[i] != r) {
            int up = component[i];
            component[i] = r;
            i = up;
        }
        return r;
    }

    private static void join(int[] component, int i, int j) {
        int a = root(component, i);
        int b = root(component, j);
        if (a != b) {
            component[Math.max(a, b)] = Math.min(a, b);
        }
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
