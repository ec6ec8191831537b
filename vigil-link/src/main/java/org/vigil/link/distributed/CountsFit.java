package org.vigil.link.distributed;

import org.vigil.link.internal.model.ModelEstimator;
import org.vigil.link.internal.model.PatternCounts;
import org.vigil.link.model.FellegiSunterModel;
import org.vigil.link.settings.BlockingRule;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits the Fellegi–Sunter model from counts a cluster aggregated: the u sample's comparison vectors, each training
 * rule's comparison vectors with their counts, and all candidate pairs' vectors. The fit itself is the
 * single-machine engine's ({@code ModelEstimator.fitCounts}): one fit, two ways of counting.
 */
public final class CountsFit {

    private CountsFit() {
    }

    /**
     * Counted comparison vectors.
     *
     * @param patterns the encoded vectors, ascending
     * @param counts   how many pairs have each
     */
    public record Counts(int[] patterns, long[] counts) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        /** No pairs. */
        public static Counts none() {
            return new Counts(new int[0], new long[0]);
        }

        PatternCounts asPatternCounts() {
            return new PatternCounts(patterns, counts);
        }
    }

    /**
     * Fits the model.
     *
     * @param plan            the run's plan (fields, levels, settings)
     * @param uPatterns       comparison vectors of the random pairs, counted
     * @param training        per training rule of {@link LinkPlan#trainingRules()}, its pairs' vectors counted
     * @param all             the candidate pairs' vectors counted
     * @param totalPairs      all pairs the mode allows (for the prior)
     * @param reviewedMatches comparison vectors of pairs a reviewer marked "same"
     */
    public static FellegiSunterModel fit(LinkPlan plan, Counts uPatterns, List<Counts> training, Counts all,
                                         long totalPairs, List<Integer> reviewedMatches) {
        int fields = plan.fieldCount();
        long[][] uCounts = new long[fields][];
        for (int f = 0; f < fields; f++) {
            uCounts[f] = new long[plan.levels(f)];
        }
        for (int p = 0; p < uPatterns.patterns().length; p++) {
            for (int f = 0; f < fields; f++) {
                int level = plan.levelOf(uPatterns.patterns()[p], f);
                if (level >= 0) {
                    uCounts[f][level] += uPatterns.counts()[p];
                }
            }
        }
        List<BlockingRule> rules = plan.trainingRules();
        List<ModelEstimator.Training> counted = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            counted.add(new ModelEstimator.Training(rules.get(r), training.get(r).asPatternCounts()));
        }
        return ModelEstimator.fitCounts(plan.modelShape(), plan.settings(), uCounts, counted, all.asPatternCounts(),
                totalPairs, reviewedMatches);
    }
}
