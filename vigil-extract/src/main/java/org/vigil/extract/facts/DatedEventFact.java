package org.vigil.extract.facts;

import org.vigil.core.model.TextSpan;
import org.vigil.core.time.PartialDate;

import java.util.List;
import java.util.Optional;

/**
 * Something the report dates: an arrest, a trial, a release, a clash, a law coming into force.
 *
 * @param id       identifier
 * @param date     when, as precisely as the text says (a year left implicit is the events year)
 * @param type     the kind of happening ({@code arrest}, {@code sentence}, {@code release}, {@code violence}...)
 * @param what     the clause that says what happened
 * @param who      the person or group it happened to or who acted, when known
 * @param evidence the date's and the clause's words
 */
public record DatedEventFact(String id, PartialDate date, String type, String what, Optional<String> who,
                             List<TextSpan> evidence) implements Fact {

    /** Copies lists. */
    public DatedEventFact {
        evidence = List.copyOf(evidence);
    }
}
