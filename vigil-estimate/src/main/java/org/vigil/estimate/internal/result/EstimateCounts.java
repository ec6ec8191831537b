package org.vigil.estimate.internal.result;

import org.vigil.core.count.Count;
import org.vigil.estimate.result.EstimateResult;

/**
 * An estimate in the core model's qualified counts, as a report states it: "at least n were
 * recorded", "approximately N in all", "between at least L and up to U".
 */
public final class EstimateCounts {

    private EstimateCounts() {
    }

    /** The documented floor: at least the number of people observed on some list. */
    public static Count recorded(EstimateResult result) {
        return Count.atLeast(result.observed());
    }

    /** The estimated total, rounded: approximately the posterior median or N̂. */
    public static Count total(EstimateResult result) {
        return Count.approximately(Math.round(result.estimate().median()));
    }

    /** The interval's lower end, rounded down, never below the observed count. */
    public static Count lower(EstimateResult result) {
        return Count.atLeast(Math.max(result.observed(), (long) Math.floor(result.estimate().lower())));
    }

    /** The interval's upper end, rounded up. */
    public static Count upper(EstimateResult result) {
        return Count.upTo((long) Math.ceil(result.estimate().upper()));
    }
}
