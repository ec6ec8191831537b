package org.vigil.estimate.internal.dga;

import org.vigil.core.run.Progress;
import org.vigil.estimate.data.CaptureHistory;
import org.vigil.estimate.data.EstimationInputException;
import org.vigil.estimate.dga.DgaSettings;
import org.vigil.estimate.dga.ModelWeight;
import org.vigil.estimate.internal.math.LogGamma;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Bayesian model averaging over decomposable graphical log-linear models (Madigan and York 1997),
 * computed exactly on a grid of unobserved counts as R's dga does: hyper-Dirichlet prior with
 * delta per cell of the full table, prior p(N) ∝ 1/N, uniform prior over graphs.
 */
public final class DgaEstimator {

    private final DgaSettings settings;

    /** An estimator with these settings. */
    public DgaEstimator(DgaSettings settings) {
        this.settings = settings;
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
        if (p < 3 || p > 5) {
            throw new EstimationInputException("dga averages decomposable graphs for 3 to 5 lists; this input has " + p
                    + " " + history.lists() + ": choose 3-5 lists with --lists, or use lcmcr or loglinear");
        }
        double delta = settings.deltaFor(p);
        long n = history.observed();
        long lo = settings.unobservedMin();
        long hi = settings.maxFor(n);
        int grid = (int) (hi - lo + 1);
        double alphaTotal = delta * (1 << p);

        // Marginal log-likelihood of every subset of lists; only its all-absent cell moves with the grid.
        int subsets = 1 << p;
        double[][] component = new double[subsets][];
        for (int s = 1; s < subsets; s++) {
            control.stopIfCancelled();
            int mask = patternMask(s, p);
            int size = Integer.bitCount(s);
            double alpha = delta * (1 << (p - size));
            double[] marginal = new double[1 << p];
            for (int pattern = 1; pattern < history.cellCount(); pattern++) {
                marginal[pattern & mask] += history.count(pattern);
            }
            double constant = -(1 << size) * LogGamma.of(alpha);
            for (int pattern = 1; pattern < marginal.length; pattern++) {
                if ((pattern & mask) == pattern) {
                    constant += LogGamma.of(marginal[pattern] + alpha);
                }
            }
            double[] values = new double[grid];
            for (int i = 0; i < grid; i++) {
                values[i] = constant + LogGamma.of(marginal[0] + lo + i + alpha);
            }
            component[s] = values;
        }
        // Terms shared by all graphs: multinomial coefficient, prior 1/N, and the per-subgraph normaliser.
        double[] shared = new double[grid];
        double[] normaliser = new double[grid];
        double observedFactorials = 0;
        for (int pattern = 1; pattern < history.cellCount(); pattern++) {
            observedFactorials += LogGamma.logFactorial(history.count(pattern));
        }
        for (int i = 0; i < grid; i++) {
            long missing = lo + i;
            long total = n + missing;
            shared[i] = LogGamma.logFactorial(total) - observedFactorials - LogGamma.logFactorial(missing)
                    - Math.log(total);
            normaliser[i] = LogGamma.of(alphaTotal) - LogGamma.of(total + alphaTotal);
        }
        List<DecomposableGraph> graphs = DecomposableGraph.all(p);
        double max = Double.NEGATIVE_INFINITY;
        double[] row = new double[grid];
        for (DecomposableGraph g : graphs) {
            control.stopIfCancelled();
            logWeights(g, component, shared, normaliser, row);
            for (double v : row) {
                max = Math.max(max, v);
            }
        }
        double[] byTotal = new double[grid];
        double[] byGraph = new double[graphs.size()];
        double sum = 0;
        for (int gi = 0; gi < graphs.size(); gi++) {
            control.stopIfCancelled();
            logWeights(graphs.get(gi), component, shared, normaliser, row);
            double graphSum = 0;
            for (int i = 0; i < grid; i++) {
                double w = Math.exp(row[i] - max);
                byTotal[i] += w;
                graphSum += w;
            }
            byGraph[gi] = graphSum;
            sum += graphSum;
            control.step("dga graphs", gi + 1, graphs.size());
        }
        for (int i = 0; i < grid; i++) {
            byTotal[i] /= sum;
        }
        List<ModelWeight> models = new ArrayList<>();
        for (int gi = 0; gi < graphs.size(); gi++) {
            models.add(new ModelWeight(graphs.get(gi).describe(history.lists()), byGraph[gi] / sum));
        }
        models.sort(Comparator.comparingDouble(ModelWeight::weight).reversed());
        return new Posterior(n + lo, byTotal, models, delta, hi);
    }

    private static void logWeights(DecomposableGraph g, double[][] component, double[] shared, double[] normaliser,
                                   double[] out) {
        int subgraphs = g.cliques().size() - g.separators().size();
        for (int i = 0; i < out.length; i++) {
            out[i] = shared[i] + subgraphs * normaliser[i];
        }
        for (int c : g.cliques()) {
            double[] v = component[c];
            for (int i = 0; i < out.length; i++) {
                out[i] += v[i];
            }
        }
        for (int s : g.separators()) {
            double[] v = component[s];
            for (int i = 0; i < out.length; i++) {
                out[i] -= v[i];
            }
        }
    }

    /** Converts a subset of list indices (bit i = list i) to a pattern mask (first list = highest bit). */
    private static int patternMask(int subset, int lists) {
        int mask = 0;
        for (int i = 0; i < lists; i++) {
            if ((subset & (1 << i)) != 0) {
                mask |= 1 << (lists - 1 - i);
            }
        }
        return mask;
    }
}
