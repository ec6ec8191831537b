package org.vigil.core.model;

import java.util.Optional;

/**
 * How a person was killed or injured.
 *
 * @param means the weapon or cause ("firearms")
 */
public record KillingDetails(Optional<String> means) {

    /** Normalises absent parts. */
    public KillingDetails {
        means = Fields.text(means);
    }
}
