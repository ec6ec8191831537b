package org.vigil.extract.facts;

import org.vigil.core.model.TextSpan;

import java.util.List;
import java.util.Optional;

/**
 * A place: a country, a region or a locality.
 *
 * @param id       identifier
 * @param name     the name as written
 * @param kind     {@code country}, {@code region} or {@code locality}
 * @param country  ISO code, for a country
 * @param evidence mentions
 */
public record PlaceFact(String id, String name, String kind, Optional<String> country, List<TextSpan> evidence)
        implements Fact {

    /** Copies lists. */
    public PlaceFact {
        evidence = List.copyOf(evidence);
    }
}
