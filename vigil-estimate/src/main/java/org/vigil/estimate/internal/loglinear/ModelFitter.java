package org.vigil.estimate.internal.loglinear;

import org.vigil.estimate.data.CaptureHistory;
import org.vigil.estimate.internal.math.ChiSquareQuantile;
import org.vigil.estimate.internal.math.LogGamma;
import org.vigil.estimate.loglinear.LoglinearFit;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits a {@link LoglinearModel} to a capture history the way Rcapture's {@code closedp.t},
 * {@code closedpMS.t} and {@code closedpCI.t} do: Poisson IRLS on the observed cells, negative Chao
 * coefficients removed one at a time, and a multinomial profile-likelihood interval for N.
 */
public final class ModelFitter {

    private final CaptureHistory history;
    private final int lists;
    private final double[] y;
    private final long n;

    /** A fitter for one history. */
    public ModelFitter(CaptureHistory history) {
        this.history = history;
        this.lists = history.listCount();
        this.n = history.observed();
        this.y = new double[history.cellCount() - 1];
        for (int p = 1; p < history.cellCount(); p++) {
            y[p - 1] = history.count(p);
        }
    }

    /** All columns of a model, before the Chao non-negativity constraint removes any. */
    private boolean[] keptColumns(LoglinearModel model) {
        boolean[] keep = new boolean[model.columnCount(lists)];
        java.util.Arrays.fill(keep, true);
        return keep;
    }

    /** Fits a model and returns the fit with N̂ and its standard error. */
    public LoglinearFit fit(LoglinearModel model) {
        return fitDetailed(model).fit();
    }

    /** A fit together with the columns it kept, for profile intervals. */
    record Detailed(LoglinearFit fit, boolean[] kept, PoissonRegression.Fit raw) {
    }

    Detailed fitDetailed(LoglinearModel model) {
        double[][] full = model.design(lists, false);
        boolean[] kept = keptColumns(model);
        List<String> notes = new ArrayList<>();
        PoissonRegression.Fit raw = PoissonRegression.fit(select(full, kept), y);
        if (model.heterogeneity() == Heterogeneity.CHAO) {
            raw = removeNegativeChaoTerms(model, full, kept, raw, y, notes);
        }
        List<String> names = columnNames(model);
        List<LoglinearFit.Coefficient> coefficients = new ArrayList<>();
        int r = 0;
        for (int c = 0; c < kept.length; c++) {
            if (!kept[c]) {
                continue;
            }
            if (raw.aliased()[r]) {
                notes.add("term " + names.get(c) + " is not estimable (aliased) and was left out");
            } else {
                coefficients.add(new LoglinearFit.Coefficient(names.get(c), raw.coefficients()[r],
                        Math.sqrt(Math.max(raw.variance(r), 0))));
                if (c < model.firstHeterogeneityColumn(lists) && Math.abs(raw.coefficients()[r]) > 15) {
                    notes.add("coefficient " + names.get(c) + " = " + Math.round(raw.coefficients()[r])
                            + ": the fit is at the boundary (sparse cells); treat this model's N̂ with caution");
                }
            }
            r++;
        }
        double b0 = raw.coefficients()[0];
        double mu0 = Math.exp(b0);
        double abundance = n + mu0;
        double stderr = Math.sqrt(mu0 + mu0 * mu0 * raw.variance(0));
        double logLik = 0;
        for (int i = 0; i < y.length; i++) {
            double mu = raw.fitted()[i];
            logLik += (y[i] > 0 ? y[i] * Math.log(mu) : 0) - mu - LogGamma.logFactorial((long) y[i]);
        }
        double aic = -2 * logLik + 2 * raw.rank();
        double bic = aic + (Math.log(n) - 2) * raw.rank();
        boolean converged = raw.converged() && Double.isFinite(abundance) && Double.isFinite(stderr);
        if (!raw.converged()) {
            notes.add("IRLS did not converge");
        }
        LoglinearFit fit = new LoglinearFit(model.name(), abundance, stderr, raw.deviance(), y.length - raw.rank(),
                aic, bic, converged, coefficients, notes);
        return new Detailed(fit, kept, raw);
    }

    private PoissonRegression.Fit removeNegativeChaoTerms(LoglinearModel model, double[][] full, boolean[] kept,
                                                          PoissonRegression.Fit raw, double[] response,
                                                          List<String> notes) {
        int first = model.firstHeterogeneityColumn(lists);
        List<String> names = columnNames(model);
        while (true) {
            int r = 0;
            int negative = -1;
            for (int c = 0; c < kept.length; c++) {
                if (!kept[c]) {
                    continue;
                }
                if (c >= first && !raw.aliased()[r] && raw.coefficients()[r] < 0) {
                    negative = c;
                    break;
                }
                r++;
            }
            if (negative < 0) {
                return raw;
            }
            kept[negative] = false;
            if (notes != null) {
                notes.add("negative Chao term " + names.get(negative) + " set to 0 (removed), as Rcapture does");
            }
            raw = PoissonRegression.fit(select(full, kept), response);
        }
    }

    /**
     * The multinomial profile log-likelihood of N under a model (Cormack 1992; Rcapture
     * {@code closedpCI.t}): the model refitted to the complete table with N - n people on no list.
     */
    public double profileLogLikelihood(LoglinearModel model, double abundance) {
        double n0 = abundance - n;
        double[][] full = model.design(lists, true);
        boolean[] kept = keptColumns(model);
        double[] yAll = new double[y.length + 1];
        System.arraycopy(y, 0, yAll, 0, y.length);
        yAll[y.length] = n0;
        PoissonRegression.Fit raw = PoissonRegression.fit(select(full, kept), yAll);
        if (model.heterogeneity() == Heterogeneity.CHAO) {
            raw = removeNegativeChaoTerms(model, full, kept, raw, yAll, null);
        }
        // log( n0^n0 N! / (N^N n0!) ): exact form of Cormack's correction term, continuous in N.
        double correction = (n0 > 0 ? n0 * Math.log(n0) : 0) + LogGamma.of(abundance + 1)
                - abundance * Math.log(abundance) - LogGamma.of(n0 + 1);
        return -(raw.deviance() - 2 * correction) / 2;
    }

    /**
     * The profile-likelihood interval for N at the given level: the maximum over (n, 3N̂), then the
     * points where the profile drops by chi2(1, level)/2; the upper end is searched up to 3N̂.
     */
    public ProfileInterval profileInterval(LoglinearModel model, double abundanceHat, double level) {
        double lo = n;
        double hi = 3 * abundanceHat;
        double[] max = maximise(model, lo, hi);
        double target = max[1] - ChiSquareQuantile.chiSquare1(level) / 2;
        double lower = n;
        if (profileLogLikelihood(model, n) < target) {
            lower = root(model, target, n, max[0]);
        }
        boolean bounded = profileLogLikelihood(model, hi) < target;
        double upper = bounded ? root(model, target, max[0], hi) : Double.POSITIVE_INFINITY;
        return new ProfileInterval(max[0], lower, upper, bounded);
    }

    /**
     * A profile-likelihood interval.
     *
     * @param maximum N maximising the multinomial profile likelihood
     * @param lower lower end (n when the profile never drops below the cut-off on the left)
     * @param upper upper end (infinite when not reached below 3N̂)
     * @param upperBounded whether the upper end was found
     */
    public record ProfileInterval(double maximum, double lower, double upper, boolean upperBounded) {
    }

    private double[] maximise(LoglinearModel model, double a, double b) {
        // Golden-section search: the profile is unimodal in N for these models.
        double g = (Math.sqrt(5) - 1) / 2;
        double c = b - g * (b - a);
        double d = a + g * (b - a);
        double fc = profileLogLikelihood(model, c);
        double fd = profileLogLikelihood(model, d);
        while (b - a > 1e-6 * Math.max(1, a)) {
            if (fc > fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - g * (b - a);
                fc = profileLogLikelihood(model, c);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + g * (b - a);
                fd = profileLogLikelihood(model, d);
            }
        }
        double x = (a + b) / 2;
        return new double[] {x, profileLogLikelihood(model, x)};
    }

    private double root(LoglinearModel model, double target, double a, double b) {
        double fa = profileLogLikelihood(model, a) - target;
        for (int i = 0; i < 200 && b - a > 1e-7 * Math.max(1, a); i++) {
            double m = (a + b) / 2;
            double fm = profileLogLikelihood(model, m) - target;
            if ((fm < 0) == (fa < 0)) {
                a = m;
                fa = fm;
            } else {
                b = m;
            }
        }
        return (a + b) / 2;
    }

    /** Names of the design columns of a model. */
    public List<String> columnNames(LoglinearModel model) {
        List<String> names = new ArrayList<>();
        names.add("(Intercept)");
        if (model.equalCatchability()) {
            names.add("beta");
        } else {
            names.addAll(history.lists());
        }
        for (int term : model.interactions()) {
            names.add(String.join(":", history.listsIn(term)));
        }
        if (model.heterogeneity() != Heterogeneity.NONE) {
            int k = model.heterogeneity().columnCount(lists);
            for (int h = 0; h < k; h++) {
                names.add(model.heterogeneity() == Heterogeneity.CHAO ? "eta" + (h + 3) : "tau");
            }
        }
        return names;
    }

    private static double[][] select(double[][] x, boolean[] kept) {
        int cols = 0;
        for (boolean k : kept) {
            cols += k ? 1 : 0;
        }
        double[][] out = new double[x.length][cols];
        for (int i = 0; i < x.length; i++) {
            int c = 0;
            for (int j = 0; j < kept.length; j++) {
                if (kept[j]) {
                    out[i][c++] = x[i][j];
                }
            }
        }
        return out;
    }
}
