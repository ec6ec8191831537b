package org.vigil.core.model;

import java.util.Optional;

/**
 * A person known to the public only by a pseudonym.
 *
 * @param pseudonym    the name shown ("Witness A")
 * @param realIdentity who the person really is; a sensitive field, restricted and encrypted at rest
 */
public record Anonymity(String pseudonym, Optional<String> realIdentity) {

    /** Normalises absent parts. */
    public Anonymity {
        pseudonym = Fields.required(pseudonym);
        realIdentity = Fields.text(realIdentity);
    }
}
