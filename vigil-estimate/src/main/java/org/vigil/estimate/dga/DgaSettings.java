package org.vigil.estimate.dga;

import org.vigil.estimate.data.EstimationInputException;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Settings of Bayesian model averaging over decomposable graphs.
 *
 * @param delta the hyper-Dirichlet prior count per cell; empty for the default 2^-J
 * @param unobservedMin smallest unobserved count on the grid (default 0)
 * @param unobservedMax largest unobserved count on the grid; empty for the default 20n
 * @param draws posterior draws sampled for combining strata (default 10,000)
 */
public record DgaSettings(OptionalDouble delta, long unobservedMin, OptionalLong unobservedMax, int draws) {

    /** Validates ranges. */
    public DgaSettings {
        if (delta.isPresent() && !(delta.getAsDouble() > 0)) {
            throw new EstimationInputException("--delta must be > 0, got " + delta.getAsDouble());
        }
        if (unobservedMin < 0) {
            throw new EstimationInputException("--unobserved-min must be >= 0, got " + unobservedMin);
        }
        if (unobservedMax.isPresent() && unobservedMax.getAsLong() < unobservedMin) {
            throw new EstimationInputException("--unobserved-max (" + unobservedMax.getAsLong()
                    + ") must be >= --unobserved-min (" + unobservedMin + ")");
        }
        if (unobservedMax.isPresent() && unobservedMax.getAsLong() - unobservedMin > 50_000_000L) {
            throw new EstimationInputException("the grid of unobserved counts is too long (more than 50 million points): lower --unobserved-max");
        }
        if (draws < 100) {
            throw new EstimationInputException("dga draws must be >= 100, got " + draws);
        }
    }

    /** The defaults: delta 2^-J, grid 0..20n, 10,000 draws. */
    public static DgaSettings defaults() {
        return new DgaSettings(OptionalDouble.empty(), 0, OptionalLong.empty(), 10_000);
    }

    /** The delta used for J lists. */
    public double deltaFor(int lists) {
        return delta.orElse(Math.pow(2, -lists));
    }

    /** The upper end of the grid for n observed. */
    public long maxFor(long observed) {
        return unobservedMax.orElse(20 * observed);
    }
}
