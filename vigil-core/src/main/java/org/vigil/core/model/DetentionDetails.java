package org.vigil.core.model;

import java.util.Optional;

/**
 * How a person was held.
 *
 * @param placeOfDetention where ("NSS facilities in Aktau")
 * @param unofficialPlace  held somewhere not officially recognised as a place of detention
 * @param incommunicado    held without contact with lawyers or family
 * @param heldFor          how long, when stated
 */
public record DetentionDetails(Optional<String> placeOfDetention, boolean unofficialPlace, boolean incommunicado,
                               Optional<Term> heldFor) {

    /** Normalises absent parts. */
    public DetentionDetails {
        placeOfDetention = Fields.text(placeOfDetention);
        heldFor = Fields.optional(heldFor);
    }
}
