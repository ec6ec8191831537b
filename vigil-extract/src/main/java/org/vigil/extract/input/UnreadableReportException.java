package org.vigil.extract.input;

import org.vigil.core.io.BadInputException;

/**
 * A report that cannot be read: missing, empty, binary, too large, wrongly encoded or a damaged PDF. The message
 * names the file, the place of the problem when there is one, and what to do. It is a {@link BadInputException},
 * so the command line exits 2 with the message as it is.
 */
public final class UnreadableReportException extends BadInputException {

    private static final long serialVersionUID = 1L;

    /** A problem with the report {@code source}, described in one line that starts with the report's name. */
    public UnreadableReportException(String source, String message) {
        super(source, message);
    }

    /** A problem caused by a lower-level failure (kept for logs, never shown to the user as a trace). */
    public UnreadableReportException(String source, String message, Throwable cause) {
        super(source, message);
        initCause(cause);
    }

    /** The message as written, which already names the report. */
    @Override
    public String getMessage() {
        return problem();
    }
}
