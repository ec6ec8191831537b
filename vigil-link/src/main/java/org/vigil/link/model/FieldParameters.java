package org.vigil.link.model;

import java.util.List;

/**
 * The fitted parameters of one field.
 *
 * @param field         the field's name
 * @param kind          its comparison kind, as in settings
 * @param termFrequency whether exact agreement is adjusted by the value's frequency
 * @param estimatedBy   the blocking rules whose EM runs estimated its m-probabilities, or how else they were set
 * @param levels        parameters per level, strongest agreement first
 */
public record FieldParameters(String field, String kind, boolean termFrequency, List<String> estimatedBy,
                              List<LevelParameters> levels) {

    /** Copies the lists. */
    public FieldParameters {
        estimatedBy = List.copyOf(estimatedBy);
        levels = List.copyOf(levels);
    }
}
