package org.vigil.extract.facts;

import org.vigil.core.count.Count;
import org.vigil.core.model.TextSpan;
import org.vigil.core.time.PartialDate;

import java.util.List;
import java.util.Optional;

/**
 * A reported figure: "at least 9 people were killed", "approximately 30 newspapers", "held for 8 months".
 *
 * @param id       identifier
 * @param what     what was counted, in the report's words ("people killed")
 * @param count    the figure and its qualifier
 * @param kind     {@code people}, {@code organizations}, {@code events} or {@code duration}
 * @param event    the event the figure belongs to, in words, when the sentence names one
 * @param date     when, if the sentence dates it
 * @param evidence the figure's words
 */
public record CountFact(String id, String what, Count count, String kind, Optional<String> event,
                        Optional<PartialDate> date, List<TextSpan> evidence) implements Fact {

    /** Copies lists. */
    public CountFact {
        evidence = List.copyOf(evidence);
    }
}
