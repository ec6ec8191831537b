package org.vigil.core.io;

import java.util.Optional;

/**
 * Input that cannot be used, with where the problem is (file, line, column) and what to do about it; the
 * command line shows the message as it is and exits with status 2.
 */
public class BadInputException extends RuntimeException {

    private final String source;
    private final long line;
    private final String column;

    /** A problem with a whole input (line 0: no particular line). */
    public BadInputException(String source, String problem) {
        this(source, 0, "", problem);
    }

    /** A problem at a line (1-based) and, when not empty, a column of an input. */
    public BadInputException(String source, long line, String column, String problem) {
        super(where(source, line, column) + ": " + problem);
        this.source = source;
        this.line = line;
        this.column = column;
    }

    /** The file or other input the problem is in. */
    public String source() {
        return source;
    }

    /** The 1-based line, when the problem is on one. */
    public Optional<Long> line() {
        return line > 0 ? Optional.of(line) : Optional.empty();
    }

    /** The column, when the problem is in one. */
    public Optional<String> column() {
        return column.isEmpty() ? Optional.empty() : Optional.of(column);
    }

    private static String where(String source, long line, String column) {
        StringBuilder s = new StringBuilder(source);
        if (line > 0) {
            s.append(" line ").append(line);
        }
        if (!column.isEmpty()) {
            s.append(line > 0 ? ", column " : " column ").append(column);
        }
        return s.toString();
    }
}
