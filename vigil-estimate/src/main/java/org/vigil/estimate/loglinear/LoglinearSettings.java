package org.vigil.estimate.loglinear;

import org.vigil.estimate.data.EstimationInputException;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Settings of the log-linear method.
 *
 * @param model the model to fit ("[A*B, C]", "Mth Poisson2", ...); empty to take the best hierarchical model by BIC
 * @param maxOrder highest interaction order of the search; empty for J-1 (2 from six lists on)
 */
public record LoglinearSettings(Optional<String> model, OptionalInt maxOrder) {

    /** Validates the order. */
    public LoglinearSettings {
        if (maxOrder.isPresent() && maxOrder.getAsInt() < 1) {
            throw new EstimationInputException("--max-order must be >= 1, got " + maxOrder.getAsInt());
        }
    }

    /** Search by BIC with the default order. */
    public static LoglinearSettings defaults() {
        return new LoglinearSettings(Optional.empty(), OptionalInt.empty());
    }
}
