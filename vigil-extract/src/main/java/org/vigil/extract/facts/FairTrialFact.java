package org.vigil.extract.facts;

import org.vigil.core.model.TextSpan;

import java.util.List;

/**
 * A fair-trial concern the report raises.
 *
 * @param id       identifier
 * @param code     fair_trial_concerns code ({@code restricted_legal_access})
 * @param text     the report's words
 * @param evidence where
 */
public record FairTrialFact(String id, String code, String text, List<TextSpan> evidence) implements Fact {

    /** Copies lists. */
    public FairTrialFact {
        evidence = List.copyOf(evidence);
    }
}
