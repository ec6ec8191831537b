package org.vigil.extract.input;

/**
 * A report that cannot be read: empty, binary, too large, wrongly encoded or a damaged PDF. The message
 * names the file, the place of the problem when there is one, and what to do.
 */
public final class UnreadableReportException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A problem described in one line. */
    public UnreadableReportException(String message) {
        super(message);
    }

    /** A problem caused by a lower-level failure (kept for logs, never shown to the user as a trace). */
    public UnreadableReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
