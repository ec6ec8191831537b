package org.vigil.estimate.result;

import java.util.List;

/**
 * The draws of N of one chain after burn-in, every {@code step}-th kept draw, for trace plots.
 *
 * @param chain chain number from 1
 * @param step how many kept draws one trace point stands for
 * @param values the draws of N
 */
public record ChainTrace(int chain, int step, List<Long> values) {

    /** Copies the list. */
    public ChainTrace {
        values = List.copyOf(values);
    }
}
