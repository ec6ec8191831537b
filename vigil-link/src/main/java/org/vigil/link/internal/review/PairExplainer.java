package org.vigil.link.internal.review;

import org.vigil.link.input.InputRecord;
import org.vigil.link.internal.compare.PreparedRecords;
import org.vigil.link.internal.model.PairScorer;
import org.vigil.link.model.FellegiSunterModel;
import org.vigil.link.review.FieldContribution;
import org.vigil.link.review.PairExplanation;
import org.vigil.link.settings.FieldSettings;

import java.util.ArrayList;
import java.util.List;

/** Explains the score of a pair field by field. */
public final class PairExplainer {

    private final PreparedRecords records;
    private final List<InputRecord> input;
    private final PairScorer scorer;

    /** An explainer over prepared records, the raw records in the same order, and a scorer. */
    public PairExplainer(PreparedRecords records, List<InputRecord> input, PairScorer scorer) {
        this.records = records;
        this.input = input;
        this.scorer = scorer;
    }

    /** The explanation of records {@code i} and {@code j}; {@code decision} is "" when undecided. */
    public PairExplanation explain(int i, int j, String decision) {
        List<FieldContribution> parts = new ArrayList<>();
        double total = scorer.model().priorWeight();
        for (int f = 0; f < records.fieldCount(); f++) {
            FieldSettings fs = records.fields().get(f);
            int level = records.level(f, i, j);
            double w = scorer.levelWeight(f, level);
            double tf = scorer.frequencyAdjustment(f, level, i, j);
            total += w + tf;
            String label = level < 0 ? "missing" : records.comparison(f).levels().get(level);
            parts.add(new FieldContribution(fs.name(), label, raw(i, fs), raw(j, fs), round(w), round(tf)));
        }
        return new PairExplanation(records.id(i), records.id(j), round(FellegiSunterModel.probability(total)),
                round(total), round(scorer.model().priorWeight()), parts, decision);
    }

    private String raw(int i, FieldSettings fs) {
        StringBuilder s = new StringBuilder();
        for (String c : fs.columns()) {
            String v = input.get(i).value(c);
            if (!v.isEmpty()) {
                s.append(s.length() == 0 ? "" : " ").append(v);
            }
        }
        return s.toString();
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
