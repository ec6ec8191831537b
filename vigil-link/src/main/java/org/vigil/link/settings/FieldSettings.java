package org.vigil.link.settings;

import org.vigil.link.compare.ComparisonKind;

import java.util.List;

/**
 * One compared field: its name, the input columns it is read from, and how it is compared.
 *
 * @param name          the field's name, used in blocking rules and explanations
 * @param columns       input columns read for it (one; or year, month, day for a date)
 * @param kind          how values are compared
 * @param termFrequency whether an exact agreement on a rare value counts more than on a common one
 */
public record FieldSettings(String name, List<String> columns, ComparisonKind kind, boolean termFrequency) {

    /** Copies the column list. */
    public FieldSettings {
        columns = List.copyOf(columns);
    }
}
