package org.vigil.core.dataset;

/**
 * Something wrong with an input file, located as precisely as possible.
 *
 * @param file     the file's name as the user gave it
 * @param line     1-based line, or 0 when unknown
 * @param location where within the line's structure: a JSON path ({@code $.persons[2].sex}) or a CSV column
 * @param message  what is wrong and what to do
 */
public record Problem(String file, int line, String location, String message) {

    /** {@code data.json:14: $.persons[2].sex: 'x' is not …}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(':').append(line);
        }
        s.append(": ");
        if (!location.isEmpty()) {
            s.append(location).append(": ");
        }
        return s.append(message).toString();
    }
}
