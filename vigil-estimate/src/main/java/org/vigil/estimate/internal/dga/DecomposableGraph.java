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

    /** Every decomposable graph on {@code vertices} vertices (1..7), the empty graph first, in edge-mask order. */
    public static List<DecomposableGraph> all(int vertices) {
        GraphCatalogue catalogue = GraphCatalogue.of(vertices);
        List<DecomposableGraph> graphs = new ArrayList<>(catalogue.size());
        for (int g = 0; g < catalogue.size(); g++) {
            graphs.add(catalogue.graph(g));
        }
        return graphs;
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
