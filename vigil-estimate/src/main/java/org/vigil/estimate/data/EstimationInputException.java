package org.vigil.estimate.data;

import org.vigil.core.io.BadInputException;

/**
 * Input that cannot be estimated from; the message names the problem, where it is, and what to do. It is a
 * {@link BadInputException}, so the command line exits 2 with the message as it is.
 */
public final class EstimationInputException extends BadInputException {

    private static final long serialVersionUID = 1L;

    /** A problem at a line (1-based) and, when not empty, a column of an input. */
    public EstimationInputException(String source, long line, String column, String problem) {
        super(source, line, column, problem);
    }

    /** A problem with a whole input. */
    public EstimationInputException(String source, String problem) {
        super(source, problem);
    }

    /**
     * A problem that is not in any one input (a setting, or lists given through the API); the message is the
     * problem alone.
     */
    public EstimationInputException(String problem) {
        super("", problem);
    }

    /** The problem with its location, or the problem alone when it has none. */
    @Override
    public String getMessage() {
        return source().isEmpty() ? problem() : super.getMessage();
    }
}
