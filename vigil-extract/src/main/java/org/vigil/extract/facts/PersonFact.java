package org.vigil.extract.facts;

import org.vigil.core.model.TextSpan;

import java.util.List;
import java.util.Optional;

/**
 * A named person.
 *
 * @param id           identifier
 * @param name         the fullest form of the name in the text
 * @param roles        person_descriptors codes read from context (detainee, defendant, lawyer...)
 * @param organisation the organisation the text ties the person to, if any
 * @param nationality  ISO code of a stated nationality ("a Tajikistani woman")
 * @param events       the person's dated events
 * @param evidence     every mention
 */
public record PersonFact(String id, String name, List<String> roles, Optional<String> organisation,
                         Optional<String> nationality, List<EventNote> events, List<TextSpan> evidence)
        implements Fact {

    /** Copies lists. */
    public PersonFact {
        roles = List.copyOf(roles);
        events = List.copyOf(events);
        evidence = List.copyOf(evidence);
    }
}
