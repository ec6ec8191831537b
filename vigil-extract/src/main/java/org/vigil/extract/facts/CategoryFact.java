package org.vigil.extract.facts;

import org.vigil.core.model.TextSpan;

import java.util.List;

/**
 * A violation category the report documents (a code of the violation_categories vocabulary).
 *
 * @param id       identifier
 * @param code     the category code ({@code excessive_force})
 * @param cues     the words that show it
 * @param evidence where those words are
 */
public record CategoryFact(String id, String code, List<String> cues, List<TextSpan> evidence) implements Fact {

    /** Copies lists. */
    public CategoryFact {
        cues = List.copyOf(cues);
        evidence = List.copyOf(evidence);
    }
}
