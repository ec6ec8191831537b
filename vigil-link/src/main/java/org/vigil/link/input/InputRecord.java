package org.vigil.link.input;

import java.util.Map;

/**
 * One record to link: its identifier, the source it comes from, and its values by column name.
 * A missing value is an absent key or an empty string.
 *
 * @param id     unique across the whole input
 * @param source name of the list, file or document the record comes from
 * @param values the record's values by column name
 */
public record InputRecord(String id, String source, Map<String, String> values) {

    /** Checks the id and copies the values. */
    public InputRecord {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a record has no id: give every record a non-empty id");
        }
        source = source == null ? "" : source;
        values = Map.copyOf(values);
    }

    /** The value of a column, or the empty string when the record has none. */
    public String value(String column) {
        return values.getOrDefault(column, "");
    }
}
