package org.vigil.extract.facts;

import org.vigil.core.model.TextSpan;

import java.util.List;

/**
 * An organisation: court, prosecutor, security force, party, movement, company, UN body, NGO.
 *
 * @param id       identifier
 * @param name     the name as written (the fullest form)
 * @param kind     organisation_types code
 * @param aliases  other forms, e.g. an acronym the text introduces
 * @param evidence mentions
 */
public record OrganisationFact(String id, String name, String kind, List<String> aliases, List<TextSpan> evidence)
        implements Fact {

    /** Copies lists. */
    public OrganisationFact {
        aliases = List.copyOf(aliases);
        evidence = List.copyOf(evidence);
    }
}
