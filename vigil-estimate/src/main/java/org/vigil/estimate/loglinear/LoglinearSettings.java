package org.vigil.estimate.loglinear;

import org.vigil.estimate.data.EstimationInputException;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Settings of the log-linear method.
 *
 * @param model the model to fit ("[A*B, C]", "Mth Poisson2", ...); empty to take the best hierarchical model by BIC
 * @param maxOrder highest interaction order of the search; empty for J-1 (2 from six lists on)
 * @param maxModels the most models the search may fit; a larger search is refused before it starts
 */
public record LoglinearSettings(Optional<String> model, OptionalInt maxOrder, int maxModels) {

    /** The default search limit: a few minutes of fitting on one core. */
    public static final int DEFAULT_MAX_MODELS = 200_000;

    /** Validates the order and the limit. */
    public LoglinearSettings {
        if (maxOrder.isPresent() && maxOrder.getAsInt() < 1) {
            throw new EstimationInputException("--max-order must be >= 1, got " + maxOrder.getAsInt());
        }
        if (maxModels < 1) {
            throw new EstimationInputException("--max-models must be >= 1, got " + maxModels);
        }
    }

    /** A model or search with the default limit on the number of models. */
    public LoglinearSettings(Optional<String> model, OptionalInt maxOrder) {
        this(model, maxOrder, DEFAULT_MAX_MODELS);
    }

    /** Search by BIC with the default order. */
    public static LoglinearSettings defaults() {
        return new LoglinearSettings(Optional.empty(), OptionalInt.empty());
    }
}
