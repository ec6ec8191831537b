package org.vigil.estimate.internal.dga;

import java.util.Arrays;

/**
 * Every decomposable (chordal) graph on 1..7 vertices, stored compactly: per graph its edge mask and the
 * masks of its maximal cliques and junction-tree separators in one shared byte array (7 vertices give
 * 617,675 graphs and 4.75 million clique and separator masks, 10.3 MB here against hundreds as one object per graph).
 *
 * <p>Each edge set is tested by removing simplicial vertices (a graph is chordal iff some vertex's remaining
 * neighbours are always complete). Removing vertex v with remaining neighbours S splits the graph along the
 * complete set S, so the graph's score is the sum over removals of f(S ∪ {v}) − f(S) for any set function f;
 * adding these signed terms up leaves +1 on each maximal clique and −k on a separator used k times, which
 * is how cliques and separators are read off without building a junction tree.
 */
final class GraphCatalogue {

    /** The most vertices enumerated: 2^21 edge sets for 7 (8 would be 2^28). */
    static final int MAX_VERTICES = 7;

    private static final GraphCatalogue[] CACHE = new GraphCatalogue[MAX_VERTICES + 1];

    private final int vertices;
    private final int[] edges;
    private final int[] start;
    private final byte[] cliqueCount;
    private final byte[] sets;

    private GraphCatalogue(int vertices, int[] edges, int[] start, byte[] cliqueCount, byte[] sets) {
        this.vertices = vertices;
        this.edges = edges;
        this.start = start;
        this.cliqueCount = cliqueCount;
        this.sets = sets;
    }

    /** The catalogue for {@code vertices} (1..7), enumerated once and then shared (it is immutable). */
    static GraphCatalogue of(int vertices) {
        if (vertices < 1 || vertices > MAX_VERTICES) {
            throw new IllegalArgumentException("decomposable graphs are enumerated for 1.." + MAX_VERTICES
                    + " vertices, got " + vertices);
        }
        synchronized (CACHE) {
            if (CACHE[vertices] == null) {
                CACHE[vertices] = enumerate(vertices);
            }
            return CACHE[vertices];
        }
    }

    /** Number of vertices. */
    int vertices() {
        return vertices;
    }

    /** Number of graphs. */
    int size() {
        return edges.length;
    }

    /** Edge mask of graph g (bit of pair (a, b), a < b, in lexicographic order). */
    int edges(int g) {
        return edges[g];
    }

    /** Number of maximal cliques of graph g. */
    int cliqueCount(int g) {
        return cliqueCount[g];
    }

    /** Number of separators (with multiplicity) of graph g. */
    int separatorCount(int g) {
        return start[g + 1] - start[g] - cliqueCount[g];
    }

    /** The j-th clique of graph g, then its separators from j = cliqueCount(g) on (masks, bit i = vertex i). */
    int set(int g, int j) {
        return sets[start[g] + j];
    }

    /** Graph g as a value with lists of cliques and separators. */
    DecomposableGraph graph(int g) {
        Integer[] cliques = new Integer[cliqueCount(g)];
        Integer[] separators = new Integer[separatorCount(g)];
        for (int j = 0; j < cliques.length; j++) {
            cliques[j] = set(g, j);
        }
        for (int j = 0; j < separators.length; j++) {
            separators[j] = set(g, cliques.length + j);
        }
        return new DecomposableGraph(edges[g], Arrays.asList(cliques), Arrays.asList(separators));
    }

    private static GraphCatalogue enumerate(int vertices) {
        int pairs = vertices * (vertices - 1) / 2;
        int[] pairA = new int[pairs];
        int[] pairB = new int[pairs];
        int bit = 0;
        for (int a = 0; a < vertices; a++) {
            for (int b = a + 1; b < vertices; b++) {
                pairA[bit] = a;
                pairB[bit] = b;
                bit++;
            }
        }
        IntList edgeList = new IntList();
        IntList starts = new IntList();
        ByteList counts = new ByteList();
        ByteList setList = new ByteList();
        int[] adj = new int[vertices];
        int[] net = new int[1 << vertices];
        for (int e = 0; e < (1 << pairs); e++) {
            Arrays.fill(adj, 0);
            for (int rest = e; rest != 0; rest &= rest - 1) {
                int p = Integer.numberOfTrailingZeros(rest);
                adj[pairA[p]] |= 1 << pairB[p];
                adj[pairB[p]] |= 1 << pairA[p];
            }
            Arrays.fill(net, 0);
            if (!eliminate(vertices, adj, net)) {
                continue;
            }
            edgeList.add(e);
            starts.add(setList.size());
            int cliques = 0;
            for (int s = 1; s < net.length; s++) {
                if (net[s] > 0) {
                    setList.add((byte) s);
                    cliques++;
                }
            }
            for (int s = 1; s < net.length; s++) {
                for (int k = net[s]; k < 0; k++) {
                    setList.add((byte) s);
                }
            }
            counts.add((byte) cliques);
        }
        starts.add(setList.size());
        return new GraphCatalogue(vertices, edgeList.toArray(), starts.toArray(), counts.toArray(), setList.toArray());
    }

    /** Removes simplicial vertices one by one, adding the signed terms to {@code net}; false if not chordal. */
    private static boolean eliminate(int vertices, int[] adj, int[] net) {
        int left = (1 << vertices) - 1;
        while (left != 0) {
            int removed = -1;
            int neighbours = 0;
            for (int rest = left; rest != 0 && removed < 0; rest &= rest - 1) {
                int v = Integer.numberOfTrailingZeros(rest);
                int around = adj[v] & left;
                if (complete(around, adj)) {
                    removed = v;
                    neighbours = around;
                }
            }
            if (removed < 0) {
                return false;
            }
            net[neighbours | (1 << removed)]++;
            net[neighbours]--;
            left &= ~(1 << removed);
        }
        net[0] = 0;
        return true;
    }

    private static boolean complete(int set, int[] adj) {
        for (int rest = set; rest != 0; rest &= rest - 1) {
            int v = Integer.numberOfTrailingZeros(rest);
            if ((adj[v] & set) != (set & ~(1 << v))) {
                return false;
            }
        }
        return true;
    }

    /** A growable int array (the catalogue must not hold a boxed Integer per graph). */
    private static final class IntList {
        private int[] values = new int[1024];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** A growable byte array. */
    private static final class ByteList {
        private byte[] values = new byte[4096];
        private int size;

        void add(byte v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int size() {
            return size;
        }

        byte[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
