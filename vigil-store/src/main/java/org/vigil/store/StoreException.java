package org.vigil.store;

/** A store operation failed; the message says why and what to do. Nothing was changed. */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure with a cause. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A failure. */
    public StoreException(String message) {
        super(message);
    }
}
