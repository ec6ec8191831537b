package org.vigil.estimate.internal.baseline;

import org.vigil.estimate.internal.math.ChiSquareQuantile;
import org.vigil.estimate.result.Estimate;

/**
 * N̂ = n + f0 with a standard error, and the log-normal interval of Chao (1987, Biometrics 43,
 * eq. 13) that keeps the lower end above n: n + f0/C .. n + f0*C, C = exp(z sqrt(log(1 + var/f0^2))).
 *
 * @param observed n
 * @param unobserved f0, the estimated number nobody recorded
 * @param stderr standard error of N̂
 */
public record ClosedFormEstimate(long observed, double unobserved, double stderr) {

    /** The estimate with its interval at {@code level}. */
    public Estimate toEstimate(double level) {
        double total = observed + unobserved;
        if (!(unobserved > 0) || !(stderr > 0)) {
            return new Estimate(total, total, total, total, level);
        }
        double z = ChiSquareQuantile.normal((1 + level) / 2);
        double c = Math.exp(z * Math.sqrt(Math.log(1 + stderr * stderr / (unobserved * unobserved))));
        return new Estimate(total, total, observed + unobserved / c, observed + unobserved * c, level);
    }
}
