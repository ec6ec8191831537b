package org.vigil.estimate.result;

import java.util.List;

/**
 * What a web page needs to draw a Bayesian posterior: a histogram of N and per-chain traces
 * (empty for the exact {@code dga} posterior).
 *
 * @param histogram posterior histogram of N
 * @param traces per-chain traces of N
 */
public record Posterior(Histogram histogram, List<ChainTrace> traces) {

    /** Copies the list. */
    public Posterior {
        traces = List.copyOf(traces);
    }
}
