package org.vigil.estimate.internal.dga;

import org.vigil.core.run.Progress;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Finds, for every graph, the part of the grid of unobserved counts that can carry posterior mass, so the
 * exact computation skips the rest with a proven bound on what it leaves out.
 *
 * <p>Each graph's log weight is evaluated at coarse grid points, one per unit near the start (where log-gamma
 * bends sharply) and then about 2√i apart. Between two coarse points every term is a log-gamma (or log) with a
 * positive coefficient, which is convex and so lies below its chord, or with a negative one, which lies below the
 * line through its left value with slope −log(x + left) (log Γ rises by at least that per step). The sum of those
 * lines bounds the log weight on the whole interval, so interval mass ≤ width × exp(max at the two ends).
 *
 * <p>With L the largest log weight seen at any coarse point (a lower bound on the total mass) and P the number
 * of (graph, interval) pieces, a piece is dropped when its bound is below L − margin − log P. Everything dropped
 * together is then below e^−margin times the total, so each posterior probability moves by at most 2e^−margin
 * (2·10^−17 at the default 40 nats).
 */
final class GridScreen {

    /** Default margin in nats: dropped mass ≤ e^−40 ≈ 4·10^−18 of the total. */
    static final double DEFAULT_MARGIN = 40;

    private final int[] points;
    private final double[] logWidth;
    private final double[][] component;
    private final double[][] componentGap;
    private final double[] base;
    private final double[] normaliser;
    private final double[] normaliserGap;
    private final double[] sharedGap;

    private GridScreen(int[] points, WeightTerms terms) {
        this.points = points;
        int k = points.length;
        int subsets = terms.subsets();
        this.logWidth = new double[k];
        // By subset, then coarse point: a graph adds whole rows, which the JIT turns into vector loops.
        this.component = new double[subsets][k];
        this.componentGap = new double[subsets][k];
        this.base = new double[k];
        this.normaliser = new double[k];
        this.normaliserGap = new double[k];
        this.sharedGap = new double[k];
        for (int j = 0; j < k; j++) {
            int at = points[j];
            int next = j + 1 < k ? points[j + 1] : at;
            logWidth[j] = Math.log(Math.max(1, next - at));
            base[j] = terms.shared(at);
            normaliser[j] = terms.normaliser(at);
            normaliserGap[j] = terms.normaliserGap(at, next);
            sharedGap[j] = terms.sharedGap(at, next);
            for (int s = 1; s < subsets; s++) {
                component[s][j] = terms.component(s, at);
                componentGap[s][j] = terms.componentGap(s, at, next);
            }
        }
    }

    /** Coarse points of a grid of {@code length}: 0, 1, ..., then steps of about 2√i, ending at length − 1. */
    static int[] coarsePoints(int length) {
        int[] out = new int[16];
        int count = 0;
        long at = 0;
        while (at < length - 1) {
            if (count == out.length) {
                out = Arrays.copyOf(out, count * 2);
            }
            out[count++] = (int) at;
            at += Math.max(1, (long) (2 * Math.sqrt(at)));
        }
        if (count == out.length) {
            out = Arrays.copyOf(out, count + 1);
        }
        out[count++] = length - 1;
        return Arrays.copyOf(out, count);
    }

    /**
     * For each graph, the first and last grid index worth computing exactly ({@code from[g] = -1} when none).
     *
     * @param reference the largest log weight seen at a coarse point (a lower bound of the log total mass)
     * @param ceiling an upper bound of every log weight on the grid
     */
    record Ranges(int[] from, int[] to, double reference, double ceiling) {

        /** Graphs with a range, in catalogue order. */
        int[] kept() {
            return IntStream.range(0, from.length).filter(g -> from[g] >= 0).toArray();
        }
    }

    /** Screens every graph of the catalogue; an infinite {@code margin} keeps the whole grid of every graph. */
    static Ranges screen(GraphCatalogue graphs, WeightTerms terms, int length, double margin, Progress control) {
        int[] from = new int[graphs.size()];
        int[] to = new int[graphs.size()];
        GridScreen screen = new GridScreen(coarsePoints(length), terms);
        int k = screen.points.length;
        double[] bestValue = new double[graphs.size()];
        double[] bestBound = new double[graphs.size()];
        int chunk = 2048;
        int chunks = (graphs.size() + chunk - 1) / chunk;
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, chunks).parallel().forEach(c -> {
            control.stopIfCancelled();
            double[] values = new double[k];
            double[] bounds = new double[k];
            for (int g = c * chunk; g < Math.min(graphs.size(), (c + 1) * chunk); g++) {
                screen.evaluate(graphs, g, values, bounds);
                bestValue[g] = max(values);
                bestBound[g] = max(bounds);
            }
            int finished = done.incrementAndGet();
            synchronized (control) {
                control.step("dga screening graphs", Math.min(graphs.size(), (long) finished * chunk), graphs.size());
            }
        });
        double reference = max(bestValue);
        double ceiling = max(bestBound);
        double threshold = reference - margin - Math.log((double) graphs.size() * k);
        // Second pass, only over graphs that can pass: where their pieces above the threshold start and end.
        IntStream.range(0, chunks).parallel().forEach(c -> {
            control.stopIfCancelled();
            double[] values = new double[k];
            double[] bounds = new double[k];
            for (int g = c * chunk; g < Math.min(graphs.size(), (c + 1) * chunk); g++) {
                from[g] = -1;
                if (bestBound[g] < threshold) {
                    continue;
                }
                screen.evaluate(graphs, g, values, bounds);
                int first = -1;
                int last = -1;
                for (int j = 0; j < k; j++) {
                    if (bounds[j] >= threshold) {
                        first = first < 0 ? j : first;
                        last = j;
                    }
                }
                from[g] = screen.points[first];
                to[g] = last + 1 < k ? screen.points[last + 1] - 1 : screen.points[k - 1];
            }
        });
        return new Ranges(from, to, reference, ceiling);
    }

    /** Log weights of graph g at the coarse points, and the bound on log mass of each piece starting there. */
    private void evaluate(GraphCatalogue graphs, int g, double[] values, double[] bounds) {
        int cliques = graphs.cliqueCount(g);
        int separators = graphs.separatorCount(g);
        int components = cliques - separators;
        int k = points.length;
        for (int j = 0; j < k; j++) {
            values[j] = base[j] + components * normaliser[j];
            bounds[j] = sharedGap[j] + components * normaliserGap[j];
        }
        for (int c = 0; c < cliques; c++) {
            double[] row = component[graphs.set(g, c)];
            for (int j = 0; j < k; j++) {
                values[j] += row[j];
            }
        }
        for (int c = 0; c < separators; c++) {
            int set = graphs.set(g, cliques + c);
            double[] row = component[set];
            double[] gap = componentGap[set];
            for (int j = 0; j < k; j++) {
                values[j] -= row[j];
                bounds[j] += gap[j];
            }
        }
        // bounds[j] held the rise of piece j's bounding line; now the bound on the piece's log mass.
        for (int j = 0; j + 1 < k; j++) {
            bounds[j] = Math.max(values[j], values[j + 1] + bounds[j]) + logWidth[j];
        }
        bounds[k - 1] = values[k - 1];
    }

    private static double max(double[] values) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
