package org.vigil.extract.facts;

import org.vigil.core.model.ProceedingStep;
import org.vigil.core.model.TextSpan;
import org.vigil.core.time.PartialDate;

import java.util.List;
import java.util.Optional;

/**
 * A penalty a court imposed on a person or a group.
 *
 * @param id       identifier
 * @param person   who was sentenced: a name or a group description
 * @param penalty  the term (or range), life, days of detention, fine, confiscation, death
 * @param charges  the offences it was imposed for
 * @param court    the court, when named
 * @param date     when
 * @param extra    further orders and outcomes ("confiscation of property; upheld on appeal 2012-11-19")
 * @param evidence the sentence's words
 */
public record SentenceFact(String id, String person, ProceedingStep.Sentence penalty, List<String> charges,
                           Optional<String> court, Optional<PartialDate> date, Optional<String> extra,
                           List<TextSpan> evidence) implements Fact {

    /** Copies lists. */
    public SentenceFact {
        charges = List.copyOf(charges);
        evidence = List.copyOf(evidence);
    }
}
