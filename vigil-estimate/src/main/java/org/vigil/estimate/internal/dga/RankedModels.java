package org.vigil.estimate.internal.dga;

import org.vigil.estimate.dga.ModelWeight;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Every graph with its posterior weight, heaviest first (ties in catalogue order), as a read-only list that
 * writes a graph's name only when asked: 617,675 names for 7 lists would be built to show the ten best.
 */
final class RankedModels extends AbstractList<ModelWeight> {

    private final GraphCatalogue graphs;
    private final double[] weight;
    private final int[] order;
    private final List<String> lists;

    /** Ranks graphs by {@code weight} (indexed like the catalogue); zero-weight graphs keep catalogue order. */
    RankedModels(GraphCatalogue graphs, double[] weight, List<String> lists) {
        this.graphs = graphs;
        this.weight = weight.clone();
        this.lists = List.copyOf(lists);
        Integer[] positive = IntStream.range(0, weight.length).filter(g -> weight[g] > 0).boxed()
                .toArray(Integer[]::new);
        Arrays.sort(positive, Comparator.comparingDouble((Integer g) -> weight[g]).reversed());
        int[] rest = IntStream.range(0, weight.length).filter(g -> !(weight[g] > 0)).toArray();
        this.order = new int[weight.length];
        for (int j = 0; j < positive.length; j++) {
            order[j] = positive[j];
        }
        System.arraycopy(rest, 0, order, positive.length, rest.length);
    }

    @Override
    public ModelWeight get(int index) {
        int g = order[index];
        return new ModelWeight(graphs.graph(g).describe(lists), weight[g]);
    }

    @Override
    public int size() {
        return order.length;
    }
}
