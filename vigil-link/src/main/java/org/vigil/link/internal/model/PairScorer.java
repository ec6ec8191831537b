package org.vigil.link.internal.model;

import org.vigil.link.internal.compare.PreparedRecords;
import org.vigil.link.model.FellegiSunterModel;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Scores pairs with a fitted model: the match weight is the prior's log-odds plus each compared
 * field's log2(m/u), plus, where two records hold the same value of a field with term-frequency
 * adjustment, log2(typical agreement rate / share of the value): agreeing on a rare surname counts
 * more than on "Ivanov" (Winkler 1988's frequency-based weights, in Splink's form).
 */
public final class PairScorer {

    /** Bound on a term-frequency adjustment, in bits, so that one rare value cannot decide alone. */
    static final double MAX_TF_BITS = 10;

    private final PreparedRecords records;
    private final FellegiSunterModel model;
    private final double[][] weights;
    private final double priorWeight;
    private final ConcurrentHashMap<Integer, Double> patternWeights = new ConcurrentHashMap<>();

    /** A scorer for the given records and model (fields in the same order). */
    public PairScorer(PreparedRecords records, FellegiSunterModel model) {
        this.records = records;
        this.model = model;
        this.priorWeight = model.priorWeight();
        this.weights = new double[model.fields().size()][];
        for (int f = 0; f < weights.length; f++) {
            var levels = model.fields().get(f).levels();
            weights[f] = new double[levels.size()];
            for (int l = 0; l < levels.size(); l++) {
                weights[f][l] = levels.get(l).weight();
            }
        }
    }

    /** The model. */
    public FellegiSunterModel model() {
        return model;
    }

    /** The weight of field {@code f} at a level (0 for a missing value, -1). */
    public double levelWeight(int f, int level) {
        return level < 0 ? 0 : weights[f][level];
    }

    /**
     * The term-frequency adjustment of field {@code f} for records {@code i}, {@code j} at a level:
     * applied to agreeing levels (the two strongest) when both hold the same value.
     */
    public double frequencyAdjustment(int f, int level, int i, int j) {
        if (level < 0 || level > 1 || !records.usesTermFrequency(f)) {
            return 0;
        }
        double bits = records.frequencyAdjustment(f, i, j);
        return Math.max(-MAX_TF_BITS, Math.min(MAX_TF_BITS, bits));
    }

    /** The match weight of a pair whose comparison vector is already known. */
    public double weight(int i, int j, int pattern) {
        double w = patternWeights.computeIfAbsent(pattern, this::patternWeight);
        for (int f = 0; f < weights.length; f++) {
            if (records.usesTermFrequency(f)) {
                w += frequencyAdjustment(f, records.levelOf(pattern, f), i, j);
            }
        }
        return w;
    }

    /** The match weight of any two records (comparing them now). */
    public double weight(int i, int j) {
        return weight(i, j, records.pattern(i, j));
    }

    private double patternWeight(int pattern) {
        double w = priorWeight;
        for (int f = 0; f < weights.length; f++) {
            w += levelWeight(f, records.levelOf(pattern, f));
        }
        return w;
    }
}
