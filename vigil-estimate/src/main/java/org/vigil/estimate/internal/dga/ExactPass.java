package org.vigil.estimate.internal.dga;

import org.vigil.core.run.Progress;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The exact log weights of the screened graphs on their kept ranges of the grid, summed over graphs (posterior
 * of N, unnormalised) and over the grid (graph weights). The grid is cut into blocks so that the component
 * values of one block (a few MB) stay in cache while every graph reads them; blocks go to the cores in turn.
 */
final class ExactPass {

    private static final int MAX_BLOCK = 4096;

    private final GraphCatalogue graphs;
    private final WeightTerms terms;
    private final GridScreen.Ranges ranges;
    private final int[] kept;
    private final double reference;

    /** A pass over graphs {@code kept} (catalogue indices) with weights scaled by exp(−reference). */
    ExactPass(GraphCatalogue graphs, WeightTerms terms, GridScreen.Ranges ranges, int[] kept, double reference) {
        this.graphs = graphs;
        this.terms = terms;
        this.ranges = ranges;
        this.kept = kept;
        this.reference = reference;
    }

    /** Adds each grid point's mass into {@code byTotal}; returns each kept graph's mass, in the order of kept. */
    double[] run(double[] byTotal, Progress control) {
        if (kept.length == 0) {
            return new double[0];
        }
        int start = Integer.MAX_VALUE;
        int end = 0;
        boolean[] used = new boolean[terms.subsets()];
        for (int g : kept) {
            start = Math.min(start, ranges.from()[g]);
            end = Math.max(end, ranges.to()[g]);
            int sets = graphs.cliqueCount(g) + graphs.separatorCount(g);
            for (int j = 0; j < sets; j++) {
                used[graphs.set(g, j)] = true;
            }
        }
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        int span = end - start + 1;
        int block = Math.max(256, Math.min(MAX_BLOCK, (span + 4 * cores - 1) / (4 * cores)));
        int blocks = (span + block - 1) / block;
        int workers = Math.min(cores, blocks);
        double[][] partial = new double[workers][kept.length];
        AtomicInteger done = new AtomicInteger();
        int first = start;
        IntStream.range(0, workers).parallel().forEach(w -> {
            double[][] component = new double[terms.subsets()][block];
            double[] base = new double[block];
            double[] normaliser = new double[block];
            double[] row = new double[block];
            for (int b = w; b < blocks; b += workers) {
                control.stopIfCancelled();
                int from = first + b * block;
                int to = Math.min(first + span - 1, from + block - 1);
                fill(from, to, used, component, base, normaliser);
                for (int j = 0; j < kept.length; j++) {
                    int g = kept[j];
                    int lo = Math.max(from, ranges.from()[g]);
                    int hi = Math.min(to, ranges.to()[g]);
                    if (lo <= hi) {
                        partial[w][j] += accumulate(g, lo - from, hi - from, from, component, base, normaliser,
                                row, byTotal);
                    }
                }
                int finished = done.incrementAndGet();
                synchronized (control) {
                    control.step("dga posterior on the grid", finished, blocks);
                }
            }
        });
        double[] byKept = new double[kept.length];
        for (double[] part : partial) {
            for (int j = 0; j < kept.length; j++) {
                byKept[j] += part[j];
            }
        }
        return byKept;
    }

    private void fill(int from, int to, boolean[] used, double[][] component, double[] base, double[] normaliser) {
        for (int i = from; i <= to; i++) {
            base[i - from] = terms.shared(i);
            normaliser[i - from] = terms.normaliser(i);
        }
        for (int s = 1; s < used.length; s++) {
            if (used[s]) {
                double[] values = component[s];
                for (int i = from; i <= to; i++) {
                    values[i - from] = terms.component(s, i);
                }
            }
        }
    }

    /** Graph g's mass on block positions lo..hi (block starting at grid index offset), also added to byTotal. */
    private double accumulate(int g, int lo, int hi, int offset, double[][] component, double[] base,
                              double[] normaliser, double[] row, double[] byTotal) {
        int cliques = graphs.cliqueCount(g);
        int separators = graphs.separatorCount(g);
        int components = cliques - separators;
        for (int i = lo; i <= hi; i++) {
            row[i] = base[i] + components * normaliser[i];
        }
        for (int c = 0; c < cliques; c++) {
            double[] values = component[graphs.set(g, c)];
            for (int i = lo; i <= hi; i++) {
                row[i] += values[i];
            }
        }
        for (int c = 0; c < separators; c++) {
            double[] values = component[graphs.set(g, cliques + c)];
            for (int i = lo; i <= hi; i++) {
                row[i] -= values[i];
            }
        }
        double mass = 0;
        for (int i = lo; i <= hi; i++) {
            double w = Math.exp(row[i] - reference);
            byTotal[offset + i] += w;
            mass += w;
        }
        return mass;
    }
}
