package org.vigil.core.dataset;

import java.util.List;

/** Input that cannot be accepted, with every problem found; nothing was changed. */
public final class InvalidDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    /** An exception for one or more problems. */
    public InvalidDataException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** An exception for a single problem. */
    public InvalidDataException(Problem problem) {
        this(List.of(problem));
    }

    /** Every problem, in file order. */
    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        if (problems.isEmpty()) {
            return "invalid data";
        }
        String first = problems.get(0).toString();
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more problems)";
    }
}
