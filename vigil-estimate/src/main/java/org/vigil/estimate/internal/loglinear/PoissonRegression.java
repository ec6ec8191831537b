package org.vigil.estimate.internal.loglinear;

/**
 * Poisson regression with log link fitted by iteratively reweighted least squares, as R's
 * {@code glm(family = poisson)}: columns that are linear combinations of earlier ones are dropped
 * (their coefficient reported as 0 and marked aliased), start at mu = y + 0.1, stop when the
 * relative change of deviance is below 1e-12.
 */
public final class PoissonRegression {

    private static final int MAX_ITERATIONS = 200;
    private static final double TOLERANCE = 1e-12;

    private PoissonRegression() {
    }

    /** The result of one fit. */
    public record Fit(double[] coefficients, boolean[] aliased, double[][] covariance, double[] fitted,
                      double deviance, int rank, boolean converged, int iterations) {

        /** The variance of coefficient {@code i} (0 when aliased). */
        public double variance(int i) {
            return covariance[i][i];
        }
    }

    /** Fits y ~ Poisson(exp(X b)); {@code x} includes the intercept column. */
    public static Fit fit(double[][] x, double[] y) {
        return fit(x, y, null);
    }

    /** Fits with starting fitted values (for warm starts in profile likelihood searches); null for y + 0.1. */
    public static Fit fit(double[][] x, double[] y, double[] startMu) {
        int n = x.length;
        int pAll = x[0].length;
        boolean[] aliased = aliasedColumns(x);
        int p = 0;
        int[] keep = new int[pAll];
        for (int j = 0; j < pAll; j++) {
            if (!aliased[j]) {
                keep[p++] = j;
            }
        }
        double[] mu = new double[n];
        double[] eta = new double[n];
        for (int i = 0; i < n; i++) {
            mu[i] = startMu != null ? Math.max(startMu[i], 1e-10) : y[i] + 0.1;
            eta[i] = Math.log(mu[i]);
        }
        double dev = deviance(y, mu);
        double[] beta = new double[p];
        double[][] xtwx = new double[p][p];
        double[] xtwz = new double[p];
        boolean converged = false;
        int it = 0;
        for (it = 1; it <= MAX_ITERATIONS; it++) {
            for (double[] rowA : xtwx) {
                java.util.Arrays.fill(rowA, 0);
            }
            java.util.Arrays.fill(xtwz, 0);
            for (int i = 0; i < n; i++) {
                double w = mu[i];
                double z = eta[i] + (y[i] - mu[i]) / mu[i];
                double[] row = x[i];
                for (int a = 0; a < p; a++) {
                    double wa = w * row[keep[a]];
                    if (wa == 0) {
                        continue;
                    }
                    xtwz[a] += wa * z;
                    for (int b = 0; b <= a; b++) {
                        xtwx[a][b] += wa * row[keep[b]];
                    }
                }
            }
            double[][] chol = cholesky(xtwx, p);
            if (chol == null) {
                break;
            }
            beta = solve(chol, xtwz, p);
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int a = 0; a < p; a++) {
                    s += x[i][keep[a]] * beta[a];
                }
                eta[i] = s;
                mu[i] = Math.exp(s);
            }
            double newDev = deviance(y, mu);
            if (Math.abs(newDev - dev) / (Math.abs(newDev) + 0.1) < TOLERANCE) {
                dev = newDev;
                converged = true;
                break;
            }
            dev = newDev;
        }
        // Covariance (X'WX)^-1 at the fitted values, as summary.glm's cov.unscaled.
        for (double[] rowA : xtwx) {
            java.util.Arrays.fill(rowA, 0);
        }
        for (int i = 0; i < n; i++) {
            for (int a = 0; a < p; a++) {
                double wa = mu[i] * x[i][keep[a]];
                for (int b = 0; b <= a; b++) {
                    xtwx[a][b] += wa * x[i][keep[b]];
                }
            }
        }
        double[][] chol = cholesky(xtwx, p);
        double[][] covReduced = chol == null ? new double[p][p] : inverse(chol, p);
        double[] coefficients = new double[pAll];
        double[][] covariance = new double[pAll][pAll];
        for (int a = 0; a < p; a++) {
            coefficients[keep[a]] = beta[a];
            for (int b = 0; b < p; b++) {
                covariance[keep[a]][keep[b]] = covReduced[a][b];
            }
        }
        boolean finite = Double.isFinite(dev);
        return new Fit(coefficients, aliased, covariance, mu, dev, p, converged && finite && chol != null, it);
    }

    /** Poisson deviance 2 sum(y log(y/mu) - (y - mu)). */
    public static double deviance(double[] y, double[] mu) {
        double d = 0;
        for (int i = 0; i < y.length; i++) {
            d += y[i] > 0 ? y[i] * Math.log(y[i] / mu[i]) - (y[i] - mu[i]) : mu[i];
        }
        return 2 * d;
    }

    /** Columns that are (numerically) combinations of earlier ones, by modified Gram-Schmidt. */
    static boolean[] aliasedColumns(double[][] x) {
        int n = x.length;
        int p = x[0].length;
        boolean[] aliased = new boolean[p];
        double[][] q = new double[p][];
        for (int j = 0; j < p; j++) {
            double[] v = new double[n];
            double norm0 = 0;
            for (int i = 0; i < n; i++) {
                v[i] = x[i][j];
                norm0 += v[i] * v[i];
            }
            for (int k = 0; k < j; k++) {
                if (q[k] == null) {
                    continue;
                }
                double dot = 0;
                for (int i = 0; i < n; i++) {
                    dot += q[k][i] * v[i];
                }
                for (int i = 0; i < n; i++) {
                    v[i] -= dot * q[k][i];
                }
            }
            double norm = 0;
            for (int i = 0; i < n; i++) {
                norm += v[i] * v[i];
            }
            if (norm0 == 0 || norm <= 1e-18 * norm0 || Math.sqrt(norm) < 1e-9) {
                aliased[j] = true;
            } else {
                double s = Math.sqrt(norm);
                for (int i = 0; i < n; i++) {
                    v[i] /= s;
                }
                q[j] = v;
            }
        }
        return aliased;
    }

    private static double[][] cholesky(double[][] a, int p) {
        double[][] l = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        return null;
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return l;
    }

    private static double[] solve(double[][] l, double[] b, int p) {
        double[] z = new double[p];
        for (int i = 0; i < p; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * z[k];
            }
            z[i] = s / l[i][i];
        }
        double[] x = new double[p];
        for (int i = p - 1; i >= 0; i--) {
            double s = z[i];
            for (int k = i + 1; k < p; k++) {
                s -= l[k][i] * x[k];
            }
            x[i] = s / l[i][i];
        }
        return x;
    }

    private static double[][] inverse(double[][] l, int p) {
        double[][] inv = new double[p][p];
        double[] e = new double[p];
        for (int c = 0; c < p; c++) {
            java.util.Arrays.fill(e, 0);
            e[c] = 1;
            double[] col = solve(l, e, p);
            for (int r = 0; r < p; r++) {
                inv[r][c] = col[r];
            }
        }
        return inv;
    }
}
