package org.vigil.estimate.internal.dga;

import org.vigil.core.run.Progress;
import org.vigil.estimate.data.CaptureHistory;
import org.vigil.estimate.data.EstimationInputException;
import org.vigil.estimate.dga.DgaSettings;
import org.vigil.estimate.dga.ModelWeight;

import java.util.List;
import java.util.Locale;

/**
 * Bayesian model averaging over decomposable graphical log-linear models (Madigan and York 1997),
 * computed exactly on a grid of unobserved counts as R's dga does: hyper-Dirichlet prior with
 * delta per cell of the full table, prior p(N) ∝ 1/N, uniform prior over graphs. All decomposable graphs on
 * 3 to 7 lists are averaged (617,675 on 7); pieces of the grid that a proven bound puts below e^-40 of the
 * total are skipped ({@link GridScreen}).
 */
public final class DgaEstimator {

    private final DgaSettings settings;
    private final double margin;

    /** An estimator with these settings. */
    public DgaEstimator(DgaSettings settings) {
        this(settings, GridScreen.DEFAULT_MARGIN);
    }

    /** An estimator that drops grid pieces more than {@code margin} nats below the best (infinite: none). */
    DgaEstimator(DgaSettings settings, double margin) {
        this.settings = settings;
        this.margin = margin;
    }

    /**
     * The exact posterior.
     *
     * @param firstTotal N of the first grid point (n + unobservedMin)
     * @param probability posterior probability of N = firstTotal + i
     * @param models all graphs with their posterior weights, best first
     * @param delta the delta used
     * @param unobservedMax grid end
     */
    public record Posterior(long firstTotal, double[] probability, List<ModelWeight> models, double delta,
                            long unobservedMax) {

        /** The smallest N whose cumulative probability exceeds {@code level} (dga's posteriorQuantiles). */
        public long quantile(double level) {
            double cumulative = 0;
            for (int i = 0; i < probability.length; i++) {
                cumulative += probability[i];
                if (cumulative > level) {
                    return firstTotal + i;
                }
            }
            return firstTotal + probability.length - 1;
        }

        /** The posterior mean of N. */
        public double mean() {
            double m = 0;
            for (int i = 0; i < probability.length; i++) {
                m += probability[i] * (firstTotal + i);
            }
            return m;
        }
    }

    /** Computes the posterior over N and over graphs. */
    public Posterior posterior(CaptureHistory history, Progress control) {
        int p = history.listCount();
        if (p < 3 || p > GraphCatalogue.MAX_VERTICES) {
            throw new EstimationInputException("dga averages decomposable graphs for 3 to 7 lists; this input has " + p
                    + " " + history.lists() + ": choose 3-7 lists with --lists, or use lcmcr or loglinear");
        }
        double delta = settings.deltaFor(p);
        long n = history.observed();
        long lo = settings.unobservedMin();
        long hi = settings.maxFor(n);
        int grid = (int) (hi - lo + 1);
        WeightTerms terms = WeightTerms.of(history, delta, lo);
        GraphCatalogue graphs = GraphCatalogue.of(p);
        control.note("dga", String.format(Locale.ROOT, "%,d decomposable graphs on %d lists, grid of %,d unobserved"
                + " counts", graphs.size(), p, grid));
        GridScreen.Ranges ranges = GridScreen.screen(graphs, terms, grid, margin, control);
        int[] kept = ranges.kept();
        // exp(log weight − reference) cannot overflow (the ceiling is at most 600 above) and keeps full precision
        // near the best graph's peak, which lies at or above the reference.
        double reference = Math.max(ranges.reference(), ranges.ceiling() - 600);
        double[] byTotal = new double[grid];
        double[] byKept = new ExactPass(graphs, terms, ranges, kept, reference).run(byTotal, control);
        double[] byGraph = new double[graphs.size()];
        for (int j = 0; j < kept.length; j++) {
            byGraph[kept[j]] = byKept[j];
        }
        double sum = 0;
        for (double w : byGraph) {
            sum += w;
        }
        for (int i = 0; i < grid; i++) {
            byTotal[i] /= sum;
        }
        for (int g = 0; g < byGraph.length; g++) {
            byGraph[g] /= sum;
        }
        control.note("dga", String.format(Locale.ROOT, "%,d of %,d graphs computed exactly where they can carry more"
                + " than e^-%.0f of the posterior", kept.length, graphs.size(), margin));
        return new Posterior(n + lo, byTotal, new RankedModels(graphs, byGraph, history.lists()), delta, hi);
    }
}
