package org.vigil.core.model;

import java.util.List;
import java.util.Optional;

/**
 * How a person was tortured or ill-treated.
 *
 * @param methods codes of the torture_methods vocabulary
 * @param purpose why, when stated ("to extract a confession")
 */
public record TortureDetails(List<String> methods, Optional<String> purpose) {

    /** Normalises absent parts. */
    public TortureDetails {
        methods = Fields.list(methods);
        purpose = Fields.text(purpose);
    }
}
