package org.vigil.core.model;

import org.vigil.core.time.PartialDate;

import java.util.List;
import java.util.Optional;

/**
 * A body that acts or is acted upon: security force, court, prosecutor, party, media outlet, NGO, UN body.
 *
 * @param id              identifier
 * @param name            the name as usually written
 * @param otherNames      other spellings and scripts
 * @param kind            code of the organisation_types vocabulary
 * @param country         ISO 3166-1 alpha-2 code, when national
 * @param parentId        the organisation it is part of
 * @param confidentiality who may see it
 * @param citations       supporting sources
 */
public record Organisation(String id, String name, List<String> otherNames, String kind, Optional<String> country,
                           Optional<String> parentId, Confidentiality confidentiality,
                           List<Citation> citations) implements Record {

    /** Normalises absent parts. */
    public Organisation {
        id = Fields.required(id);
        name = Fields.required(name);
        otherNames = Fields.list(otherNames);
        kind = Fields.required(kind);
        country = Fields.text(country);
        parentId = Fields.text(parentId);
        confidentiality = confidentiality == null ? Confidentiality.PUBLIC : confidentiality;
        citations = Fields.list(citations);
    }

    @Override
    public String label() {
        return name;
    }

    @Override
    public Optional<PartialDate> sortDate() {
        return Optional.empty();
    }

    @Override
    public Optional<PartialDate> endDate() {
        return Optional.empty();
    }
}
