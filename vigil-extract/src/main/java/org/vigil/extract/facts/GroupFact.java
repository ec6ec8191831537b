package org.vigil.extract.facts;

import org.vigil.core.count.Count;
import org.vigil.core.model.TextSpan;

import java.util.List;

/**
 * An unnamed group of people or bodies with a size ("12 defendants", "40 Afghan men").
 *
 * @param id       identifier
 * @param who      who they are, in the report's words
 * @param size     how many, with the qualifier the text gives
 * @param roles    person_descriptors codes (or {@code media} for outlets)
 * @param events   the group's dated events
 * @param evidence mentions
 */
public record GroupFact(String id, String who, Count size, List<String> roles, List<EventNote> events,
                        List<TextSpan> evidence) implements Fact {

    /** Copies lists. */
    public GroupFact {
        roles = List.copyOf(roles);
        events = List.copyOf(events);
        evidence = List.copyOf(evidence);
    }
}
