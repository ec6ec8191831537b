package org.vigil.link.review;

import java.util.List;

/**
 * A scored pair with the contribution of every field: the match weight is the prior weight plus
 * the sum of the fields' weights and frequency adjustments.
 *
 * @param recordA     first record id
 * @param recordB     second record id
 * @param probability match probability
 * @param matchWeight total match weight in bits
 * @param priorWeight the prior's log2 odds, in bits
 * @param fields      per-field contributions, in settings order
 * @param decision    a reviewer's decision on this pair, or empty
 */
public record PairExplanation(String recordA, String recordB, double probability, double matchWeight,
                              double priorWeight, List<FieldContribution> fields, String decision) {

    /** Copies the list. */
    public PairExplanation {
        fields = List.copyOf(fields);
        decision = decision == null ? "" : decision;
    }
}
