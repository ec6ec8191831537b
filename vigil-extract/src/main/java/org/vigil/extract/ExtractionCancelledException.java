package org.vigil.extract;

/** Thrown when the caller cancelled an extraction before it finished; nothing partial is returned. */
public final class ExtractionCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A cancellation noticed at a stage. */
    public ExtractionCancelledException(String stage) {
        super("extraction cancelled during " + stage);
    }
}
