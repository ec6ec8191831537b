package org.vigil.link.review;

/**
 * A reviewer's decision on a pair, kept in the linkage state and honoured by every later run.
 * The two ids are stored in sorted order so that a pair has one spelling.
 *
 * @param recordA  the smaller of the two record ids
 * @param recordB  the larger
 * @param decision same or different
 * @param reviewer who decided (may be empty)
 * @param note     why (may be empty)
 */
public record ReviewDecision(String recordA, String recordB, Decision decision, String reviewer, String note) {

    /** Orders the ids and checks them. */
    public ReviewDecision {
        if (recordA == null || recordB == null || recordA.isBlank() || recordB.isBlank()) {
            throw new IllegalArgumentException("a review decision needs two record ids");
        }
        if (recordA.equals(recordB)) {
            throw new IllegalArgumentException("a review decision needs two different records, got '" + recordA
                    + "' twice");
        }
        if (decision == null) {
            throw new IllegalArgumentException("the decision on " + recordA + " / " + recordB
                    + " is missing: use \"same\" or \"different\"");
        }
        if (recordA.compareTo(recordB) > 0) {
            String t = recordA;
            recordA = recordB;
            recordB = t;
        }
        reviewer = reviewer == null ? "" : reviewer;
        note = note == null ? "" : note;
    }

    /** A decision without reviewer or note. */
    public static ReviewDecision of(String a, String b, Decision decision) {
        return new ReviewDecision(a, b, decision, "", "");
    }

    /** True when this decision is about the same pair as the other. */
    public boolean samePair(ReviewDecision other) {
        return recordA.equals(other.recordA) && recordB.equals(other.recordB);
    }
}
