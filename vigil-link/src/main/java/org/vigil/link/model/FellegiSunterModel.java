package org.vigil.link.model;

import java.util.List;

/**
 * A fitted Fellegi–Sunter model (Fellegi and Sunter 1969, JASA 64:1183): the prior probability
 * that two random records are the same person and, for each field, the m- and u-probability of each
 * comparison level. The match weight of a pair is the prior's log-odds plus each field's log2(m/u).
 *
 * @param prior        probability that two records drawn at random are the same person (λ)
 * @param fields       per-field parameters, in settings order
 * @param uSamplePairs random pairs the u-probabilities were counted on
 * @param candidatePairs candidate pairs the m-probabilities were fitted on
 */
public record FellegiSunterModel(double prior, List<FieldParameters> fields, long uSamplePairs, long candidatePairs) {

    /** Copies the list. */
    public FellegiSunterModel {
        fields = List.copyOf(fields);
    }

    /** log2 of the prior odds: the match weight of a pair before looking at it. */
    public double priorWeight() {
        return Math.log(prior / (1 - prior)) / Math.log(2);
    }

    /** Match probability of a match weight. */
    public static double probability(double weight) {
        return 1.0 / (1.0 + Math.pow(2, -weight));
    }

    /**
     * One note per field whose m-probabilities came from all candidate pairs or the default (no training rule
     * left it free), saying what to do for a sounder estimate.
     */
    public List<String> weakEstimateNotes() {
        List<String> notes = new java.util.ArrayList<>();
        for (FieldParameters f : fields) {
            for (String by : f.estimatedBy()) {
                if (by.startsWith("all candidate") || by.startsWith("default")) {
                    notes.add("field '" + f.field() + "': m-probabilities from " + by
                            + "; add a blocking rule that does not use this field for a sounder estimate");
                }
            }
        }
        return notes;
    }
}
