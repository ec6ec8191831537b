package org.vigil.estimate.internal.dga;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A decomposable (chordal) graph on the lists, given by its maximal cliques and the separators of
 * a junction tree. Cliques and separators are masks over list indices (bit i = list i).
 *
 * @param edges adjacency as a mask of edges (bit index of pair (a, b), a < b, in lexicographic order)
 * @param cliques maximal cliques
 * @param separators non-empty separators (a multiset)
 */
public record DecomposableGraph(int edges, List<Integer> cliques, List<Integer> separators) {

    /** Copies lists. */
    public DecomposableGraph {
        cliques = List.copyOf(cliques);
        separators = List.copyOf(separators);
    }

    /** Every decomposable graph on {@code vertices} vertices (2..6), the empty graph first. */
    public static List<DecomposableGraph> all(int vertices) {
        if (vertices < 2 || vertices > 6) {
            throw new IllegalArgumentException("decomposable graphs are enumerated for 2..6 vertices, got " + vertices);
        }
        int pairs = vertices * (vertices - 1) / 2;
        List<DecomposableGraph> graphs = new ArrayList<>();
        for (int e = 0; e < (1 << pairs); e++) {
            int[] adjacency = adjacency(vertices, e);
            if (chordal(vertices, adjacency)) {
                graphs.add(of(vertices, e, adjacency));
            }
        }
        return graphs;
    }

    private static int[] adjacency(int vertices, int edges) {
        int[] adj = new int[vertices];
        int bit = 0;
        for (int a = 0; a < vertices; a++) {
            for (int b = a + 1; b < vertices; b++) {
                if ((edges & (1 << bit)) != 0) {
                    adj[a] |= 1 << b;
                    adj[b] |= 1 << a;
                }
                bit++;
            }
        }
        return adj;
    }

    /** Chordal iff simplicial vertices (neighbours all adjacent) can be removed one by one. */
    private static boolean chordal(int vertices, int[] adj) {
        int left = (1 << vertices) - 1;
        while (left != 0) {
            int removed = -1;
            for (int v = 0; v < vertices && removed < 0; v++) {
                if ((left & (1 << v)) != 0 && complete(adj[v] & left, adj)) {
                    removed = v;
                }
            }
            if (removed < 0) {
                return false;
            }
            left &= ~(1 << removed);
        }
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

    private static DecomposableGraph of(int vertices, int edges, int[] adj) {
        List<Integer> complete = new ArrayList<>();
        for (int s = 1; s < (1 << vertices); s++) {
            if (complete(s, adj)) {
                complete.add(s);
            }
        }
        List<Integer> cliques = new ArrayList<>();
        for (int s : complete) {
            boolean maximal = true;
            for (int t : complete) {
                if (t != s && (t & s) == s) {
                    maximal = false;
                    break;
                }
            }
            if (maximal) {
                cliques.add(s);
            }
        }
        cliques.sort(Comparator.naturalOrder());
        return new DecomposableGraph(edges, cliques, junctionTreeSeparators(cliques));
    }

    /** Separators of a junction tree: a maximum-weight spanning forest of clique intersections (Kruskal). */
    private static List<Integer> junctionTreeSeparators(List<Integer> cliques) {
        int k = cliques.size();
        List<int[]> candidates = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                int meet = cliques.get(a) & cliques.get(b);
                if (meet != 0) {
                    candidates.add(new int[] {a, b, meet});
                }
            }
        }
        candidates.sort(Comparator.comparingInt((int[] c) -> -Integer.bitCount(c[2])));
        int[] component = new int[k];
        for (int i = 0; i < k; i++) {
            component[i] = i;
        }
        List<Integer> separators = new ArrayList<>();
        for (int[] c : candidates) {
            int ra = find(component, c[0]);
            int rb = find(component, c[1]);
            if (ra != rb) {
                component[ra] = rb;
                separators.add(c[2]);
            }
        }
        separators.sort(Comparator.naturalOrder());
        return separators;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    /** The graph written with list names, e.g. "[EXH,ABA,OSCE][EXH,OSCE,HRW]". */
    public String describe(List<String> lists) {
        StringBuilder s = new StringBuilder();
        List<Integer> ordered = new ArrayList<>(cliques);
        ordered.sort(Comparator.comparingInt(Integer::bitCount).reversed().thenComparing(DecomposableGraph::indexKey));
        for (int c : ordered) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < lists.size(); i++) {
                if ((c & (1 << i)) != 0) {
                    names.add(lists.get(i));
                }
            }
            s.append('[').append(String.join(",", names)).append(']');
        }
        return s.toString();
    }

    private static String indexKey(Integer mask) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            if ((mask & (1 << i)) != 0) {
                key.append((char) ('a' + i));
            }
        }
        return key.toString();
    }
}
