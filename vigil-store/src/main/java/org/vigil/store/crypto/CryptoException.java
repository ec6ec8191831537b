package org.vigil.store.crypto;

/** Encrypted data could not be opened or keys could not be used; the message says which and why. */
public final class CryptoException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure. */
    public CryptoException(String message) {
        super(message);
    }
}
