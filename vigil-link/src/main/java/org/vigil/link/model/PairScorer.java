package org.vigil.link.model;

import org.vigil.link.compare.PreparedRecords;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Scores pairs with a fitted model: the match weight is the prior's log-odds plus each compared
 * field's log2(m/u), plus, for an exact agreement on a field with term-frequency adjustment,
 * log2(u / frequency of the value): agreeing on a rare surname counts more than on "Ivanov".
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

    /** The term-frequency adjustment of field {@code f} for records {@code i}, {@code j} at a level. */
    public double frequencyAdjustment(int f, int level, int i, int j) {
        if (level != 0 || !records.usesTermFrequency(f)) {
            return 0;
        }
        double tf = Math.max(records.termFrequency(f, i), records.termFrequency(f, j));
        if (tf <= 0) {
            return 0;
        }
        double u = model.fields().get(f).levels().get(0).u();
        double bits = Math.log(u / tf) / Math.log(2);
        return Math.max(-MAX_TF_BITS, Math.min(MAX_TF_BITS, bits));
    }

    /** The match weight of a pair whose comparison vector is already known. */
    public double weight(int i, int j, int pattern) {
        double w = patternWeights.computeIfAbsent(pattern, this::patternWeight);
        for (int f = 0; f < weights.length; f++) {
            if (records.usesTermFrequency(f) && records.levelOf(pattern, f) == 0) {
                w += frequencyAdjustment(f, 0, i, j);
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
