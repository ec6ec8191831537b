package org.vigil.core.model;

import java.util.Optional;

/**
 * A place as the sources name it.
 *
 * @param name    the locality or site ("Zhanaozen", "NSS facilities in Aktau")
 * @param region  the administrative region, if stated
 * @param country ISO 3166-1 alpha-2 code of the country
 */
public record Place(String name, Optional<String> region, Optional<String> country) {

    /** Normalises absent parts. */
    public Place {
        name = Fields.required(name);
        region = Fields.text(region);
        country = Fields.text(country);
    }

    /** A place with a name and a country code. */
    public static Place of(String name, String country) {
        return new Place(name, Optional.empty(), Optional.of(country));
    }
}
