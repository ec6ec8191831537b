package org.vigil.link;

import org.vigil.core.dataset.InvalidDataException;
import org.vigil.core.dataset.Problem;
import org.vigil.core.provenance.Provenance;
import org.vigil.core.run.Progress;
import org.vigil.link.block.BlockingFit;
import org.vigil.link.block.BlockingReport;
import org.vigil.link.block.RuleCount;
import org.vigil.link.input.InputRecord;
import org.vigil.link.input.LinkInput;
import org.vigil.link.internal.block.Blocker;
import org.vigil.link.internal.block.BlockingBudget;
import org.vigil.link.internal.block.CandidatePairs;
import org.vigil.link.internal.cluster.ClusterConstraints;
import org.vigil.link.internal.cluster.ClusterNaming;
import org.vigil.link.internal.cluster.Clusterer;
import org.vigil.link.internal.compare.PreparedRecords;
import org.vigil.link.internal.model.ModelEstimator;
import org.vigil.link.internal.model.PairScorer;
import org.vigil.link.internal.review.PairExplainer;
import org.vigil.link.internal.run.Heartbeat;
import org.vigil.link.internal.run.LinkProvenance;
import org.vigil.link.model.FellegiSunterModel;
import org.vigil.link.model.FieldParameters;
import org.vigil.link.review.Decision;
import org.vigil.link.review.PairExplanation;
import org.vigil.link.review.ReviewDecision;
import org.vigil.link.review.ReviewQueue;
import org.vigil.link.settings.LinkMode;
import org.vigil.link.settings.LinkSettings;
import org.vigil.link.state.LinkageState;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;

/**
 * The record-linkage engine: joins records of the same person into clusters. A full run
 * ({@link #link}) normalises, blocks, fits a Fellegi–Sunter model without labels, scores and clusters;
 * an incremental run ({@link #addRecords}) compares only new records, with the previous model, and
 * keeps existing clusters and their ids. Reviewers' decisions in the state are always honoured.
 */
public final class Linker {

    private final LinkSettings settings;
    /** Prepared values by field and raw value, kept across runs of this engine (see {@link #link}). */
    private final List<java.util.concurrent.ConcurrentHashMap<String, Optional<Object>>> prepared = new ArrayList<>();

    /**
     * An engine with the given settings. It remembers the normalised values of the records it has
     * seen, so that a later incremental run on the same engine only normalises new records; a server
     * keeps one engine per settings.
     */
    public Linker(LinkSettings settings) {
        this.settings = settings;
        for (int f = 0; f < settings.fields().size(); f++) {
            prepared.add(new java.util.concurrent.ConcurrentHashMap<>());
        }
    }

    private Linker(LinkSettings settings, List<java.util.concurrent.ConcurrentHashMap<String, Optional<Object>>> shared) {
        this.settings = settings;
        this.prepared.addAll(shared);
    }

    /**
     * Fits the blocking rules to at most {@code budget} candidate pairs over the input (see
     * the blocking budget); normalised values are remembered for the run that follows.
     */
    public BlockingFit fitBlocking(LinkInput input, long budget) {
        return BlockingBudget.fit(PreparedRecords.prepare(input, settings, prepared), settings, budget);
    }

    /** An engine with other blocking rules (same fields) that shares this one's normalised values. */
    public Linker withBlocking(LinkSettings other) {
        if (!other.fields().equals(settings.fields())) {
            throw new IllegalArgumentException("withBlocking needs the same fields");
        }
        return new Linker(other, prepared);
    }

    /** The settings. */
    public LinkSettings settings() {
        return settings;
    }

    /** The candidate pairs each blocking rule would make, without comparing anything. */
    public BlockingReport countCandidates(LinkInput input) {
        return new Blocker(PreparedRecords.prepare(input, settings), settings).report();
    }

    /** A full run with no previous state. */
    public LinkageResult link(LinkInput input) {
        return link(input, LinkageState.empty(), Progress.NONE);
    }

    /**
     * A full run: every record is compared and the model refitted; decisions in {@code previous}
     * are honoured and previous cluster ids are kept where the clusters persist.
     *
     * @param input    the records
     * @param previous the state of an earlier run, or {@link LinkageState#empty()}
     * @param progress receives notes per stage (at least one every ten seconds), the candidate pairs per
     *                 blocking rule before any comparison ("blocking" notes) and the pairs compared; is asked
     *                 between stages and chunks whether to stop, and the run then throws
     *                 {@link CancellationException}
     */
    public LinkageResult link(LinkInput input, LinkageState previous, Progress progress) {
        try (Heartbeat beat = Heartbeat.around(progress)) {
            return fullRun(input, previous, beat);
        }
    }

    /**
     * The records in id order: the random pair samples draw by position, so without a fixed order the same
     * records given in another order could be linked differently.
     */
    private static LinkInput inIdOrder(LinkInput input) {
        List<InputRecord> sorted = new ArrayList<>(input.records());
        sorted.sort(java.util.Comparator.comparing(InputRecord::id).thenComparing(InputRecord::source));
        return new LinkInput(input.columns(), sorted, input.files());
    }

    private LinkageResult fullRun(LinkInput input, LinkageState previous, Heartbeat listener) {
        checkSources(input);
        listener.note("prepare", input.records().size() + " records, " + settings.fields().size() + " fields");
        PreparedRecords records = PreparedRecords.prepare(inIdOrder(input), settings, prepared);
        listener.stopIfCancelled();
        Blocker blocker = new Blocker(records, settings);
        BlockingReport estimate = blocker.report();
        blockingNotes(estimate, listener);
        listener.stopIfCancelled();
        listener.note("compare", "making and comparing candidate pairs");
        listener.watch(() -> blocker.pairsMade() + " candidate pairs compared");
        CandidatePairs pairs = blocker.generate(0, settings.maxPairs(), listener::cancelled,
                done -> listener.step("compare", done, estimate.pairsUpperBound()));
        BlockingReport report = withNewPairs(estimate, pairs);
        Map<String, Integer> index = index(records);
        List<Integer> reviewedMatches = new ArrayList<>();
        for (ReviewDecision d : previous.decisions()) {
            Integer a = index.get(d.recordA());
            Integer b = index.get(d.recordB());
            if (a != null && b != null && d.decision() == Decision.SAME) {
                reviewedMatches.add(records.pattern(a, b));
            }
        }
        listener.note("fit", "estimating u from " + settings.uSampleSize() + " random pairs, m by EM on "
                + pairs.size() + " candidate pairs");
        FellegiSunterModel model = ModelEstimator.fit(records, pairs, settings, estimate.totalPairs(), reviewedMatches);
        listener.stopIfCancelled();
        List<String> notes = new ArrayList<>(model.weakEstimateNotes());
        return finish(input.records(), records, pairs, model, previous, null, report, notes, listener,
                LinkProvenance.of(LinkProvenance.FULL, input.files(), settings), input);
    }

    /**
     * An incremental run: records of {@code input} that {@code previous} has not seen are compared with
     * all records, using the previous run's model; they join existing clusters or form new ones.
     * Existing clusters keep their members and ids; a new record that strongly matches two existing
     * clusters joins the better one and the pair across the two goes to the review queue.
     */
    public LinkageResult addRecords(LinkInput input, LinkageState previous, Progress progress) {
        try (Heartbeat beat = Heartbeat.around(progress)) {
            return incrementalRun(input, previous, beat);
        }
    }

    private LinkageResult incrementalRun(LinkInput input, LinkageState previous, Heartbeat listener) {
        FellegiSunterModel model = previous.model().orElseThrow(() -> new InvalidDataException(new Problem(
                "linkage state", 0, "$.model", "the state has no fitted model: run a full link first")));
        checkModel(model);
        checkSources(input);
        // existing records first, new ones after them, so that only pairs with a new record are made
        List<InputRecord> old = new ArrayList<>();
        List<InputRecord> added = new ArrayList<>();
        for (InputRecord r : input.records()) {
            (previous.clusters().containsKey(r.id()) ? old : added).add(r);
        }
        List<InputRecord> ordered = new ArrayList<>(old);
        ordered.addAll(added);
        LinkInput reordered = new LinkInput(input.columns(), ordered, input.files());
        listener.note("prepare", old.size() + " linked records, " + added.size() + " new");
        PreparedRecords records = PreparedRecords.prepare(reordered, settings, prepared);
        listener.stopIfCancelled();
        listener.note("block", "keys of " + ordered.size() + " records");
        Blocker blocker = new Blocker(records, settings);
        listener.note("compare", "making and comparing pairs with new records");
        listener.watch(() -> blocker.pairsMade() + " pairs compared");
        CandidatePairs pairs = blocker.generate(old.size(), Long.MAX_VALUE, listener::cancelled,
                done -> listener.step("compare", done, 0));
        BlockingReport estimate = blocker.report();
        BlockingReport report = withNewPairs(estimate, pairs);
        int[] initial = new int[ordered.size()];
        Map<String, Integer> clusterNumber = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            initial[i] = i < old.size()
                    ? clusterNumber.computeIfAbsent(previous.clusters().get(ordered.get(i).id()), k -> clusterNumber.size())
                    : -1;
        }
        return finish(ordered, records, pairs, model, previous, initial, report, new ArrayList<>(), listener,
                LinkProvenance.of(LinkProvenance.INCREMENTAL, input.files(), settings), input);
    }

    /** The explanation of one pair of records under the state's model. */
    public PairExplanation explain(LinkInput input, LinkageState state, String recordA, String recordB) {
        FellegiSunterModel model = state.model().orElseThrow(() -> new InvalidDataException(new Problem(
                "linkage state", 0, "$.model", "the state has no fitted model: run a full link first")));
        checkModel(model);
        PreparedRecords records = PreparedRecords.prepare(input, settings);
        Map<String, Integer> index = index(records);
        Integer a = index.get(recordA);
        Integer b = index.get(recordB);
        if (a == null || b == null) {
            throw new InvalidDataException(new Problem("input", 0, "record id", "record '"
                    + (a == null ? recordA : recordB) + "' is not in the input"));
        }
        String decision = "";
        for (ReviewDecision d : state.decisions()) {
            if (d.samePair(ReviewDecision.of(recordA, recordB, Decision.SAME))) {
                decision = d.decision().jsonName();
            }
        }
        return new PairExplainer(records, input.records(), new PairScorer(records, model)).explain(a, b, decision);
    }

    private LinkageResult finish(List<InputRecord> raw, PreparedRecords records, CandidatePairs pairs,
                                 FellegiSunterModel model, LinkageState previous, int[] initial, BlockingReport report,
                                 List<String> notes, Heartbeat listener, Provenance provenance, LinkInput input) {
        int count = pairs.size();
        float[] weights = new float[count];
        int[] left = new int[count];
        int[] right = new int[count];
        for (int k = 0; k < count; k++) {
            left[k] = pairs.left(k);
            right[k] = pairs.right(k);
        }
        Map<String, Integer> index = index(records);
        List<int[]> must = new ArrayList<>();
        List<int[]> cannot = new ArrayList<>();
        Set<Long> decided = new HashSet<>();
        for (ReviewDecision d : previous.decisions()) {
            Integer a = index.get(d.recordA());
            Integer b = index.get(d.recordB());
            if (a == null || b == null) {
                continue;
            }
            (d.decision() == Decision.SAME ? must : cannot).add(new int[]{a, b});
            decided.add(pairKey(a, b));
        }
        ClusterConstraints constraints = new ClusterConstraints(must, cannot, settings.mode() == LinkMode.LINK_ONLY,
                initial);
        boolean termFrequencies = records.fields().stream().anyMatch(f -> f.termFrequency());
        PairScorer scorer = null;
        Clusterer clusterer = null;
        int[] rep = null;
        // with term-frequency adjustment, a second pass counts value frequencies over the first pass's
        // clusters (persons) rather than records
        // incremental runs know the persons already: frequencies are counted over the existing clusters
        // (new records on their own) and one pass suffices
        boolean knownClusters = initial != null;
        if (termFrequencies && knownClusters) {
            int[] known = new int[initial.length];
            int[] firstOf = new int[initial.length];
            java.util.Arrays.fill(firstOf, -1);
            for (int i = 0; i < initial.length; i++) {
                if (initial[i] < 0) {
                    known[i] = i;
                } else {
                    if (firstOf[initial[i]] < 0) {
                        firstOf[initial[i]] = i;
                    }
                    known[i] = firstOf[initial[i]];
                }
            }
            records = records.withClusterFrequencies(known);
        }
        int passes = termFrequencies && !knownClusters ? 2 : 1;
        for (int pass = 0; pass < passes; pass++) {
            if (pass == 1) {
                records = records.withClusterFrequencies(rep);
            }
            PairScorer s = new PairScorer(records, model);
            scorer = s;
            listener.note("score", count + " pairs" + (pass == 1 ? ", frequencies counted over persons" : ""));
            IntStream.range(0, count).parallel().forEach(k -> weights[k] = (float) s.weight(left[k], right[k],
                    pairs.pattern(k)));
            listener.stopIfCancelled();
            listener.note("cluster", "threshold " + settings.threshold() + ", cohesion " + settings.cohesion());
            clusterer = new Clusterer(sourcesOf(records),
                    (i, j) -> (int) Math.round(1000 * FellegiSunterModel.probability(s.weight(i, j))));
            listener.watch(clusterer::progress);
            rep = clusterer.cluster(left, right, weights, count, settings.threshold(), settings.cohesion(), constraints);
        }
        for (int[] c : clusterer.conflicts()) {
            notes.add("reviewer decisions conflict: '" + records.id(c[0]) + "' and '" + records.id(c[1])
                    + "' are marked same, but that would join records marked different; left apart, please re-review");
        }
        Set<String> present = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            present.add(records.id(i));
        }
        Set<String> reserved = new HashSet<>();
        for (Map.Entry<String, String> e : previous.clusters().entrySet()) {
            if (!present.contains(e.getKey())) {
                reserved.add(e.getValue());
            }
        }
        listener.note("name", "stable cluster ids");
        String[] clusterIds = ClusterNaming.name(rep, records::id, previous::clusterOf, reserved);
        // assignments in the caller's input order
        Map<String, String> byId = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            byId.put(records.id(i), clusterIds[i]);
        }
        List<ClusterAssignment> assignments = new ArrayList<>(raw.size());
        List<InputRecord> callerOrder = input.records();
        for (InputRecord r : callerOrder) {
            assignments.add(new ClusterAssignment(r.id(), byId.get(r.id())));
        }
        Map<String, String> stateClusters = new HashMap<>(previous.clusters());
        stateClusters.putAll(byId);
        int clusterCount = new HashSet<>(byId.values()).size();
        listener.note("review", "uncertain pairs");
        ReviewQueue queue = reviewQueue(records, raw, scorer, left, right, weights, count, decided, clusterer.bridges());
        LinkageState state = new LinkageState(LinkageState.FORMAT, LinkageState.VERSION, stateClusters,
                previous.decisions(), Optional.of(model), Optional.of(provenance));
        listener.note("done", clusterCount + " clusters from " + records.size() + " records");
        return new LinkageResult(assignments, clusterCount, model, report, queue, notes, state, provenance);
    }

    private ReviewQueue reviewQueue(PreparedRecords records, List<InputRecord> raw, PairScorer scorer, int[] left,
                                    int[] right, float[] weights, int count, Set<Long> decided, List<int[]> bridges) {
        double lower = settings.reviewLower();
        double upper = settings.reviewUpper();
        double lowW = Math.log(lower / (1 - lower)) / Math.log(2);
        double highW = Math.log(upper / (1 - upper)) / Math.log(2);
        // keep only the reviewLimit most uncertain pairs (smallest |weight|, ties by pair order)
        java.util.PriorityQueue<long[]> band = new java.util.PriorityQueue<>(
                (x, y) -> x[0] != y[0] ? Long.compare(y[0], x[0]) : Long.compare(y[1], x[1]));
        long inBand = 0;
        int limit = settings.reviewLimit();
        for (int k = 0; k < count; k++) {
            if (weights[k] >= lowW && weights[k] < highW && !decided.contains(pairKey(left[k], right[k]))) {
                inBand++;
                band.add(new long[]{Math.round(Math.abs(weights[k]) * 1e6), k});
                if (band.size() > limit) {
                    band.poll();
                }
            }
        }
        List<long[]> ordered = new ArrayList<>(band);
        ordered.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
        PairExplainer explainer = new PairExplainer(records, raw, scorer);
        List<PairExplanation> queue = new ArrayList<>();
        for (int[] b : bridges) {
            if (queue.size() < settings.reviewLimit() && !decided.contains(pairKey(b[0], b[1]))) {
                queue.add(explainer.explain(b[0], b[1], ""));
            }
        }
        for (long[] e : ordered) {
            if (queue.size() >= settings.reviewLimit()) {
                break;
            }
            int k = (int) e[1];
            queue.add(explainer.explain(left[k], right[k], ""));
        }
        return new ReviewQueue(lower, upper, inBand + bridges.size(), queue);
    }

    private static BlockingReport withNewPairs(BlockingReport estimate, CandidatePairs pairs) {
        long[] perRule = new long[estimate.rules().size()];
        for (int k = 0; k < pairs.size(); k++) {
            perRule[pairs.rule(k)]++;
        }
        List<RuleCount> counts = new ArrayList<>();
        for (int r = 0; r < perRule.length; r++) {
            RuleCount c = estimate.rules().get(r);
            counts.add(new RuleCount(c.rule(), c.pairs(), perRule[r], c.largestBlock(), c.largestKey(),
                    c.skippedBlocks()));
        }
        return new BlockingReport(counts, estimate.totalPairs());
    }

    private void checkModel(FellegiSunterModel model) {
        List<String> modelFields = model.fields().stream().map(FieldParameters::field).toList();
        List<String> settingsFields = settings.fields().stream().map(f -> f.name()).toList();
        if (!modelFields.equals(settingsFields)) {
            throw new InvalidDataException(new Problem("linkage state", 0, "$.model.fields", "the state's model "
                    + "compares " + modelFields + " but the settings compare " + settingsFields
                    + ": use the settings of the run that made the state, or run a full link"));
        }
    }

    private void checkSources(LinkInput input) {
        if (settings.mode() == LinkMode.LINK_ONLY) {
            Set<String> sources = new HashSet<>();
            for (InputRecord r : input.records()) {
                sources.add(r.source());
            }
            if (sources.size() < 2) {
                throw new InvalidDataException(new Problem(input.files().isEmpty() ? "input" : input.files().get(0).name(),
                        0, "", "mode link_only needs records from at least two sources: give two files, or a "
                        + "sourceColumn in the settings"));
            }
        }
    }

    private static int[] sourcesOf(PreparedRecords records) {
        int[] s = new int[records.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = records.source(i);
        }
        return s;
    }

    private static Map<String, Integer> index(PreparedRecords records) {
        Map<String, Integer> index = new HashMap<>(records.size() * 2);
        for (int i = 0; i < records.size(); i++) {
            index.put(records.id(i), i);
        }
        return Collections.unmodifiableMap(index);
    }

    private static long pairKey(int a, int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    /**
     * The candidate pairs per blocking rule as "blocking" notes, before any comparison: a rule that makes
     * far too many pairs is seen before the run spends hours on it.
     */
    private static void blockingNotes(BlockingReport report, Progress progress) {
        progress.note("blocking", "candidate pairs per blocking rule (of " + report.totalPairs() + " possible pairs):");
        for (RuleCount c : report.rules()) {
            progress.note("blocking", String.format("  %-50s %,14d pairs (largest block %d: %s)%s", c.rule(), c.pairs(),
                    c.largestBlock(), c.largestKey(), c.skippedBlocks() == 0 ? ""
                            : "; " + c.skippedBlocks() + " blocks over maxBlockSize skipped"));
        }
    }
}
