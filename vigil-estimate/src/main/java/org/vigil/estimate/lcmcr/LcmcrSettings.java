package org.vigil.estimate.lcmcr;

/**
 * Settings of the latent-class sampler. Defaults: K = 10 classes, 4 chains, 20,000 burn-in sweeps,
 * 5,000 kept draws per chain one every 50 sweeps (Kosovo needs about 600 sweeps per effective
 * draw), alpha ~ Gamma(0.25, 0.25), cap on the unobserved count 20n.
 *
 * @param latentClasses K, the truncation of the stick-breaking prior
 * @param chains independent chains (run in parallel)
 * @param burnIn sweeps discarded at the start of each chain
 * @param samples draws kept per chain
 * @param thinning sweeps per kept draw
 * @param alphaShape shape a of the Gamma(a, b) prior on the concentration alpha
 * @param alphaRate rate b of that prior
 * @param capFactor the unobserved count is capped at capFactor * n
 */
public record LcmcrSettings(int latentClasses, int chains, int burnIn, int samples, int thinning,
                            double alphaShape, double alphaRate, double capFactor) {

    /** Validates ranges. */
    public LcmcrSettings {
        require(latentClasses >= 1 && latentClasses <= 100, "--classes (K) must be 1..100, got " + latentClasses);
        require(chains >= 1 && chains <= 64, "--chains must be 1..64, got " + chains);
        require(burnIn >= 0, "--burn-in must be >= 0, got " + burnIn);
        require(samples >= 10, "--samples must be >= 10, got " + samples);
        require(thinning >= 1, "--thinning must be >= 1, got " + thinning);
        require(alphaShape > 0 && alphaRate > 0, "alpha prior shape and rate must be > 0");
        require(capFactor >= 1, "the cap factor must be >= 1, got " + capFactor);
    }

    /** The defaults. */
    public static LcmcrSettings defaults() {
        return new LcmcrSettings(10, 4, 20_000, 5_000, 50, 0.25, 0.25, 20);
    }

    /** Sweeps per chain, burn-in included. */
    public long sweepsPerChain() {
        return burnIn + (long) samples * thinning;
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new org.vigil.estimate.data.EstimationInputException(message);
        }
    }
}
