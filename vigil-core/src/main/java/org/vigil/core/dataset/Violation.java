package org.vigil.core.dataset;

import org.vigil.core.model.RecordType;

/**
 * A rule a record breaks.
 *
 * @param type     the record's type
 * @param index    the record's position among the data set's records of that type
 * @param recordId the record's id
 * @param field    the field, as a path within the record ({@code names[0].script}); empty for the whole record
 * @param rule     a short name of the rule ({@code vocabulary}, {@code reference}, {@code required})
 * @param message  what is wrong and what to do
 */
public record Violation(RecordType type, int index, String recordId, String field, String rule, String message) {

    /** The JSON path of the field in a data set file: {@code $.persons[2].names[0].script}. */
    public String jsonPath() {
        String base = "$." + type.plural() + "[" + index + "]";
        if (field.isEmpty()) {
            return base;
        }
        return base + (field.startsWith("[") ? "" : ".") + field;
    }

    @Override
    public String toString() {
        return type.code() + " '" + recordId + "'" + (field.isEmpty() ? "" : ", field " + field) + ": " + message;
    }
}
