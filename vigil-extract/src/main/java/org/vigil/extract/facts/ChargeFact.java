package org.vigil.extract.facts;

import org.vigil.core.model.TextSpan;

import java.util.List;

/**
 * A criminal charge as the text words it ("inciting social discord").
 *
 * @param id       identifier
 * @param text     the offence
 * @param persons  names or group descriptions charged with it
 * @param evidence mentions
 */
public record ChargeFact(String id, String text, List<String> persons, List<TextSpan> evidence) implements Fact {

    /** Copies lists. */
    public ChargeFact {
        persons = List.copyOf(persons);
        evidence = List.copyOf(evidence);
    }
}
