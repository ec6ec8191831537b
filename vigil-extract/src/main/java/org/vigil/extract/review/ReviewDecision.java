package org.vigil.extract.review;

import org.vigil.extract.facts.Fact;

/** What a researcher decided about one draft fact. */
public sealed interface ReviewDecision {

    /** Keep the fact as read. */
    record Accept() implements ReviewDecision {
    }

    /** Throw the fact away: nothing is made from it. */
    record Reject() implements ReviewDecision {
    }

    /** Keep a corrected fact in place of the one read (same id, same type). */
    record Edit(Fact corrected) implements ReviewDecision {
    }

    /** Accept. */
    static ReviewDecision accept() {
        return new Accept();
    }

    /** Reject. */
    static ReviewDecision reject() {
        return new Reject();
    }
}
