package org.vigil.core.io;

import java.util.List;

/**
 * One data row of a CSV file.
 *
 * @param line   the 1-based line the row starts on, for error messages
 * @param values the values, one per header column
 */
public record CsvRow(long line, List<String> values) {

    /** Copies the values. */
    public CsvRow {
        values = List.copyOf(values);
    }

    /** The value in a column by position. */
    public String get(int column) {
        return values.get(column);
    }
}
