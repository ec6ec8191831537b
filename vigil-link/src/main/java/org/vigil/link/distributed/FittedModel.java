package org.vigil.link.distributed;

import org.vigil.link.input.InputRecord;
import org.vigil.link.input.LinkInput;
import org.vigil.link.internal.cluster.ClusterConstraints;
import org.vigil.link.internal.cluster.Clusterer;
import org.vigil.link.internal.compare.PreparedRecords;
import org.vigil.link.internal.model.PairScorer;
import org.vigil.link.internal.review.PairExplainer;
import org.vigil.link.model.FellegiSunterModel;
import org.vigil.link.review.FieldContribution;
import org.vigil.link.review.PairExplanation;
import org.vigil.link.settings.LinkMode;
import org.vigil.link.state.LinkageState;
import org.vigil.link.state.LinkageStateJson;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fitted model shipped to workers: scores pairs (comparison vector plus term-frequency adjustment from
 * shares counted across the whole input), clusters one connected component of the strong pairs with
 * vigil-link's {@link Clusterer} (threshold, cohesion, one record per source), and explains pairs for the
 * review queue. Clustering per component gives the single-machine answer because the clusterer only ever
 * merges inside a component of the pairs above the threshold.
 */
public final class FittedModel implements Serializable {

    private static final long serialVersionUID = 1L;
    /** As PairScorer: bound on one field's term-frequency adjustment, in bits. */
    private static final double MAX_TF_BITS = 10;

    private final LinkPlan plan;
    private final String modelJson;
    private transient FellegiSunterModel model;
    private transient PairScorer levelWeights;

    /** The plan's records scored by the model. */
    public FittedModel(LinkPlan plan, FellegiSunterModel model) {
        this.plan = plan;
        this.model = model;
        this.modelJson = LinkageStateJson.write(new LinkageState(LinkageState.FORMAT, LinkageState.VERSION, Map.of(),
                List.of(), Optional.of(model), Optional.empty()));
    }

    /** The plan whose records this model scores. */
    public LinkPlan plan() {
        return plan;
    }

    /** The model. */
    public FellegiSunterModel model() {
        if (model == null) {
            model = LinkageStateJson.read(modelJson, "model").model().orElseThrow();
        }
        return model;
    }

    /**
     * The match weight of a pair, in bits, as PairScorer gives it and the single-machine run stores it (a float).
     *
     * @param pattern the pair's comparison vector
     * @param keysA   the first record's frequency keys ({@link LinkPlan#frequencyKeys})
     * @param keysB   the second record's
     * @param shares  the term shares of this pass
     */
    public float weight(int pattern, String[] keysA, String[] keysB, TermShares shares) {
        return (float) exactWeight(pattern, keysA, keysB, shares);
    }

    private double exactWeight(int pattern, String[] keysA, String[] keysB, TermShares shares) {
        PairScorer scorer = levelWeights();
        // the order of the sums is PairScorer's, so that the doubles are the same
        double w = model().priorWeight();
        int fields = plan.fieldCount();
        for (int f = 0; f < fields; f++) {
            w += scorer.levelWeight(f, plan.levelOf(pattern, f));
        }
        for (int f = 0; f < fields; f++) {
            if (plan.usesTermFrequency(f)) {
                w += frequencyAdjustment(f, plan.levelOf(pattern, f), keysA, keysB, shares);
            }
        }
        return w;
    }

    private double frequencyAdjustment(int f, int level, String[] keysA, String[] keysB, TermShares shares) {
        if (level < 0 || level > 1 || !plan.usesTermFrequency(f)) {
            return 0;
        }
        double bits = shares.adjustment(f, keysA[f], keysB[f]);
        return Math.max(-MAX_TF_BITS, Math.min(MAX_TF_BITS, bits));
    }

    /** The weight at or above which a pair is strong enough to link, from the settings' threshold. */
    public double minWeight() {
        double t = plan.settings().threshold();
        return Math.log(t / (1 - t)) / Math.log(2);
    }

    /**
     * The clusters of one component.
     *
     * @param ids      the component's record ids, in id order
     * @param raw      their raw values ({@link LinkPlan#columns()} order)
     * @param sources  their source numbers (equal numbers: same source)
     * @param left     first record (index into {@code ids}) of each candidate pair inside the component,
     *                 pairs in the order that breaks ties between equal weights
     * @param right    second record of each pair
     * @param patterns comparison vector of each pair
     * @param shares   the term shares of this pass
     * @return {@code [representatives, bridges]}: for each record the index of its cluster's representative;
     *         the pairs the cohesion rule kept apart, flattened {@code a0, b0, a1, b1, …}
     */
    public int[][] cluster(List<String> ids, List<String[]> raw, int[] sources, int[] left, int[] right,
                           int[] patterns, TermShares shares) {
        List<InputRecord> records = new ArrayList<>(ids.size());
        String[][] keys = new String[ids.size()][];
        for (int i = 0; i < ids.size(); i++) {
            records.add(plan.record(ids.get(i), Integer.toString(sources[i]), raw.get(i)));
            keys[i] = plan.frequencyKeys(raw.get(i));
        }
        PreparedRecords prepared = prepare(records);
        float[] weights = new float[left.length];
        for (int k = 0; k < left.length; k++) {
            weights[k] = weight(patterns[k], keys[left[k]], keys[right[k]], shares);
        }
        Clusterer clusterer = new Clusterer(sources, (i, j) -> (int) Math.round(1000 * FellegiSunterModel.probability(
                exactWeight(prepared.pattern(i, j), keys[i], keys[j], shares))));
        ClusterConstraints constraints = new ClusterConstraints(List.of(), List.of(),
                plan.settings().mode() == LinkMode.LINK_ONLY, null);
        int[] rep = clusterer.cluster(left, right, weights, left.length, plan.settings().threshold(),
                plan.settings().cohesion(), constraints);
        List<int[]> bridges = clusterer.bridges();
        int[] flat = new int[bridges.size() * 2];
        for (int b = 0; b < bridges.size(); b++) {
            flat[2 * b] = bridges.get(b)[0];
            flat[2 * b + 1] = bridges.get(b)[1];
        }
        return new int[][]{rep, flat};
    }

    /**
     * The field-by-field explanation of a pair for the review queue: vigil-link's explainer, with the
     * term-frequency adjustments of the whole input in place of those two records alone would give.
     */
    public PairExplanation explain(InputRecord a, InputRecord b, String[] rawA, String[] rawB, TermShares shares) {
        List<InputRecord> two = List.of(a, b);
        PreparedRecords prepared = prepare(two);
        PairExplanation local = new PairExplainer(prepared, two, new PairScorer(prepared, model())).explain(0, 1, "");
        String[] keysA = plan.frequencyKeys(rawA);
        String[] keysB = plan.frequencyKeys(rawB);
        int pattern = prepared.pattern(0, 1);
        List<FieldContribution> parts = new ArrayList<>();
        double total = model().priorWeight();
        for (int f = 0; f < local.fields().size(); f++) {
            FieldContribution c = local.fields().get(f);
            double w = levelWeights().levelWeight(f, plan.levelOf(pattern, f));
            double tf = frequencyAdjustment(f, plan.levelOf(pattern, f), keysA, keysB, shares);
            total += w + tf;
            parts.add(new FieldContribution(c.field(), c.level(), c.valueA(), c.valueB(), c.weight(), round(tf)));
        }
        return new PairExplanation(local.recordA(), local.recordB(), round(FellegiSunterModel.probability(total)),
                round(total), local.priorWeight(), parts, "");
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }

    private PairScorer levelWeights() {
        if (levelWeights == null) {
            levelWeights = new PairScorer(prepare(List.of()), model());
        }
        return levelWeights;
    }

    private PreparedRecords prepare(List<InputRecord> records) {
        return PreparedRecords.prepare(new LinkInput(plan.columns(), records, List.of()), plan.settings());
    }
}
