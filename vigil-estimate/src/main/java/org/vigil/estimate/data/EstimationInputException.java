package org.vigil.estimate.data;

/**
 * Input that cannot be estimated from; the message names the problem, where it is, and what to do.
 */
public final class EstimationInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** An input error with a message that names the problem and its location. */
    public EstimationInputException(String message) {
        super(message);
    }
}
