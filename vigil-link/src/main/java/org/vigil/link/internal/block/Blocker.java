package org.vigil.link.internal.block;

import org.vigil.core.dataset.InvalidDataException;
import org.vigil.core.dataset.Problem;
import org.vigil.link.block.BlockingReport;
import org.vigil.link.block.RuleCount;
import org.vigil.link.internal.compare.FieldComparison;
import org.vigil.link.internal.compare.PreparedRecords;
import org.vigil.link.settings.BlockingRule;
import org.vigil.link.settings.LinkMode;
import org.vigil.link.settings.LinkSettings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Makes candidate pairs from blocking rules combined by union: a pair is kept by the first rule
 * whose keys it shares, so no pair is compared twice and no hash set of pairs is needed (as in
 * Splink). Blocks are processed in parallel, and their results joined in block order, so the
 * pairs come out in the same order on every run.
 */
public final class Blocker {

    private static final int CHUNK_PAIRS = 200_000;
    private final PreparedRecords records;
    private final List<BlockingRule> rules;
    private final LinkMode mode;
    /** keys[rule][record]: sorted key ids, empty when the record has no key under the rule. */
    private final int[][][] keys;
    private final List<String[]> keyNames = new ArrayList<>();
    private final List<int[]> blockStarts = new ArrayList<>();
    private final List<int[]> blockMembers = new ArrayList<>();

    private final boolean[] include;
    private final java.util.concurrent.atomic.AtomicLong made = new java.util.concurrent.atomic.AtomicLong();
    private final int maxBlockSize;

    /** Computes every record's blocking keys under every rule of the settings. */
    public Blocker(PreparedRecords records, LinkSettings settings) {
        this(records, settings.blocking(), settings.mode(), null, settings.maxBlockSize());
    }

    /**
     * Computes blocking keys under the given rules, for the records {@code include} marks
     * ({@code null}: all); other records get no key, as when sampling records to train on. Blocks
     * larger than {@code maxBlockSize} (0: no limit) are skipped.
     */
    public Blocker(PreparedRecords records, List<BlockingRule> rules, LinkMode mode, boolean[] include,
                   int maxBlockSize) {
        this.maxBlockSize = maxBlockSize;
        this.records = records;
        this.rules = rules;
        this.mode = mode;
        this.include = include;
        if (rules.size() > 127) {
            throw new InvalidDataException(new Problem("settings", 0, "$.blocking", "more than 127 blocking rules"));
        }
        this.keys = new int[rules.size()][][];
        for (int r = 0; r < rules.size(); r++) {
            buildRule(r);
        }
    }

    private void buildRule(int r) {
        BlockingRule rule = rules.get(r);
        int n = records.size();
        int[] fieldIndex = new int[rule.keys().size()];
        String[] transforms = new String[fieldIndex.length];
        for (int k = 0; k < fieldIndex.length; k++) {
            String field = BlockingRule.fieldOf(rule.keys().get(k));
            fieldIndex[k] = indexOfField(field);
            transforms[k] = BlockingRule.transformOf(rule.keys().get(k));
        }
        String[][] strings = new String[n][];
        IntStream.range(0, n).parallel().forEach(i -> strings[i] = keyStrings(i, fieldIndex, transforms));
        Map<String, Integer> ids = new HashMap<>(n * 2);
        List<String> names = new ArrayList<>();
        int[][] recordKeys = new int[n][];
        int[] empty = new int[0];
        for (int i = 0; i < n; i++) {
            String[] s = strings[i];
            if (s.length == 0 || include != null && !include[i]) {
                recordKeys[i] = empty;
                continue;
            }
            int[] k = new int[s.length];
            for (int x = 0; x < s.length; x++) {
                Integer id = ids.get(s[x]);
                if (id == null) {
                    id = names.size();
                    ids.put(s[x], id);
                    names.add(s[x]);
                }
                k[x] = id;
            }
            Arrays.sort(k);
            recordKeys[i] = k;
        }
        keys[r] = recordKeys;
        keyNames.add(names.toArray(new String[0]));
        // members of each block in record order (counting sort by key id)
        int[] start = new int[names.size() + 1];
        for (int[] k : recordKeys) {
            for (int id : k) {
                start[id + 1]++;
            }
        }
        for (int b = 0; b < names.size(); b++) {
            start[b + 1] += start[b];
        }
        int[] members = new int[start[names.size()]];
        int[] fill = Arrays.copyOf(start, names.size());
        for (int i = 0; i < n; i++) {
            for (int id : recordKeys[i]) {
                members[fill[id]++] = i;
            }
        }
        blockStarts.add(start);
        blockMembers.add(members);
    }

    private int indexOfField(String field) {
        for (int f = 0; f < records.fieldCount(); f++) {
            if (records.fields().get(f).name().equals(field)) {
                return f;
            }
        }
        throw new InvalidDataException(new Problem("settings", 0, "$.blocking", "blocking names field '" + field
                + "', which is not among the fields"));
    }

    private String[] keyStrings(int i, int[] fieldIndex, String[] transforms) {
        FieldComparison[] comparisons = new FieldComparison[fieldIndex.length];
        Object[] values = new Object[fieldIndex.length];
        for (int k = 0; k < fieldIndex.length; k++) {
            comparisons[k] = records.comparison(fieldIndex[k]);
            values[k] = records.value(fieldIndex[k], i).orElse(null);
        }
        return keysOf(comparisons, values, transforms);
    }

    /**
     * A record's blocking keys under one rule, from its prepared values of the rule's fields (null when
     * missing): the product of each part's keys, distinct, in order; none when a part is missing. The one
     * rule both engines block by (the Spark engine calls it on its workers).
     */
    public static String[] keysOf(FieldComparison[] comparisons, Object[] values, String[] transforms) {
        String[] acc = null;
        for (int k = 0; k < comparisons.length; k++) {
            if (values[k] == null) {
                return NO_KEYS;
            }
            List<String> parts = comparisons[k].blockingKeys(values[k], transforms[k]);
            if (parts.isEmpty()) {
                return NO_KEYS;
            }
            if (acc == null) {
                acc = parts.toArray(new String[0]);
                continue;
            }
            String[] next = new String[acc.length * parts.size()];
            int x = 0;
            for (String a : acc) {
                for (String p : parts) {
                    next[x++] = a + '\u001f' + p;
                }
            }
            acc = next;
        }
        if (acc == null || acc.length < 2) {
            return acc == null ? NO_KEYS : acc;
        }
        // several keys may coincide (two words with one spelling key)
        List<String> distinct = new ArrayList<>(acc.length);
        for (String a : acc) {
            if (!distinct.contains(a)) {
                distinct.add(a);
            }
        }
        return distinct.size() == acc.length ? acc : distinct.toArray(new String[0]);
    }

    private static final String[] NO_KEYS = new String[0];

    /** Counts each rule's pairs from its block sizes, without comparing anything. */
    public BlockingReport report() {
        List<RuleCount> counts = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            int[] start = blockStarts.get(r);
            int[] members = blockMembers.get(r);
            long pairs = 0;
            int largest = 0;
            int largestBlock = -1;
            int skipped = 0;
            for (int b = 0; b + 1 < start.length; b++) {
                int size = start[b + 1] - start[b];
                if (tooLarge(size)) {
                    skipped++;
                    continue;
                }
                pairs += blockPairs(members, start[b], start[b + 1]);
                if (size > largest) {
                    largest = size;
                    largestBlock = b;
                }
            }
            String key = largestBlock < 0 ? "" : keyNames.get(r)[largestBlock].replace('\u001f', '|');
            counts.add(new RuleCount(rules.get(r).toString(), pairs, -1, largest, key, skipped));
        }
        long n = records.size();
        long total;
        if (mode == LinkMode.LINK_ONLY) {
            long[] perSource = new long[records.sourceNames().size()];
            for (int i = 0; i < n; i++) {
                perSource[records.source(i)]++;
            }
            long same = 0;
            for (long s : perSource) {
                same += s * (s - 1) / 2;
            }
            total = n * (n - 1) / 2 - same;
        } else {
            total = n * (n - 1) / 2;
        }
        return new BlockingReport(counts, total);
    }

    private long blockPairs(int[] members, int from, int to) {
        long size = to - from;
        if (mode != LinkMode.LINK_ONLY) {
            return size * (size - 1) / 2;
        }
        Map<Integer, Integer> bySource = new HashMap<>();
        for (int k = from; k < to; k++) {
            bySource.merge(records.source(members[k]), 1, Integer::sum);
        }
        long same = 0;
        for (int c : bySource.values()) {
            same += (long) c * (c - 1) / 2;
        }
        return size * (size - 1) / 2 - same;
    }

    /**
     * Generates and compares the candidate pairs. With {@code firstNew > 0} only pairs that involve
     * a record at index {@code firstNew} or later are made (incremental linking of appended records).
     *
     * @param firstNew  index of the first new record; 0 for a full run
     * @param maxPairs  the most pairs allowed before the run stops with advice
     * @param cancelled polled between chunks; when true the run stops
     * @param progress  called with the number of pairs made so far
     */
    public CandidatePairs generate(int firstNew, long maxPairs, BooleanSupplier cancelled,
                                   java.util.function.LongConsumer progress) {
        BlockingReport report = report();
        if (firstNew == 0 && report.pairsUpperBound() > maxPairs) {
            RuleCount worst = report.rules().stream().max(java.util.Comparator.comparingLong(RuleCount::pairs)).orElseThrow();
            throw new InvalidDataException(new Problem("settings", 0, "$.blocking", "the blocking rules make "
                    + report.pairsUpperBound() + " candidate pairs, more than maxPairs " + maxPairs + "; rule '"
                    + worst.rule() + "' alone makes " + worst.pairs() + " (largest block: " + worst.largestBlock()
                    + " records with key '" + worst.largestKey() + "'): add a key to that rule or raise maxPairs"));
        }
        CandidatePairs all = new CandidatePairs();
        for (int r = 0; r < rules.size(); r++) {
            int rule = r;
            int[] start = blockStarts.get(r);
            int[] members = blockMembers.get(r);
            // cut the blocks into chunks of similar work, processed in parallel, joined in order
            List<int[]> chunks = new ArrayList<>();
            int chunkStart = 0;
            long work = 0;
            for (int b = 0; b + 1 < start.length; b++) {
                long size = start[b + 1] - start[b];
                work += tooLarge((int) size) ? 0 : size * (size - 1) / 2;
                if (work >= CHUNK_PAIRS) {
                    chunks.add(new int[]{chunkStart, b + 1});
                    chunkStart = b + 1;
                    work = 0;
                }
            }
            if (chunkStart < start.length - 1) {
                chunks.add(new int[]{chunkStart, start.length - 1});
            }
            CandidatePairs[] out = new CandidatePairs[chunks.size()];
            IntStream.range(0, chunks.size()).parallel().forEach(c -> {
                if (cancelled.getAsBoolean()) {
                    return;
                }
                CandidatePairs local = new CandidatePairs();
                for (int b = chunks.get(c)[0]; b < chunks.get(c)[1]; b++) {
                    pairsOfBlock(rule, b, start[b], start[b + 1], members, firstNew, local);
                }
                made.addAndGet(local.size());
                out[c] = local;
            });
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("linkage cancelled while making candidate pairs");
            }
            for (CandidatePairs p : out) {
                all.addAll(p);
                if (all.size() > maxPairs) {
                    throw new InvalidDataException(new Problem("settings", 0, "$.blocking", "more than maxPairs "
                            + maxPairs + " candidate pairs: tighten the blocking rules or raise maxPairs"));
                }
            }
            progress.accept(all.size());
        }
        return all;
    }

    /**
     * The pairs rule {@code rule} would add to those of the rules {@code kept} marks, counted without
     * comparing anything (for fitting inferred rules to a budget).
     */
    public long newPairs(int rule, boolean[] kept) {
        int[] start = blockStarts.get(rule);
        int[] members = blockMembers.get(rule);
        return IntStream.range(0, start.length - 1).parallel().mapToLong(b -> {
            if (tooLarge(start[b + 1] - start[b])) {
                return 0;
            }
            long count = 0;
            for (int y = start[b] + 1; y < start[b + 1]; y++) {
                int j = members[y];
                for (int x = start[b]; x < y; x++) {
                    int i = members[x];
                    if (mode == LinkMode.LINK_ONLY && records.source(i) == records.source(j)) {
                        continue;
                    }
                    int[] ki = keys[rule][i];
                    int[] kj = keys[rule][j];
                    if ((ki.length > 1 || kj.length > 1) && firstKeptCommon(rule, ki, kj) != b) {
                        continue;
                    }
                    boolean earlier = false;
                    for (int q = 0; q < kept.length && !earlier; q++) {
                        earlier = kept[q] && q != rule && madeBy(q, i, j);
                    }
                    if (!earlier) {
                        count++;
                    }
                }
            }
            return count;
        }).sum();
    }

    /** Candidate pairs made and compared so far by {@link #generate}, for progress lines. */
    public long pairsMade() {
        return made.get();
    }

    private boolean tooLarge(int size) {
        return maxBlockSize > 0 && size > maxBlockSize;
    }

    private void pairsOfBlock(int rule, int block, int from, int to, int[] members, int firstNew, CandidatePairs out) {
        if (tooLarge(to - from)) {
            return;
        }
        for (int b = from + 1; b < to; b++) {
            int j = members[b];
            if (j < firstNew) {
                continue;
            }
            for (int a = from; a < b; a++) {
                int i = members[a];
                if (keep(rule, block, i, j)) {
                    out.add(i, j, records.pattern(i, j), rule);
                }
            }
        }
    }

    private boolean keep(int rule, int block, int i, int j) {
        if (mode == LinkMode.LINK_ONLY && records.source(i) == records.source(j)) {
            return false;
        }
        int[] ki = keys[rule][i];
        int[] kj = keys[rule][j];
        if ((ki.length > 1 || kj.length > 1) && firstKeptCommon(rule, ki, kj) != block) {
            // the pair also shares an earlier key of this rule and is made in that block
            return false;
        }
        for (int q = 0; q < rule; q++) {
            if (madeBy(q, i, j)) {
                return false;
            }
        }
        return true;
    }

    /** Whether rule {@code q} makes the pair: they share a key whose block is not skipped. */
    private boolean madeBy(int q, int i, int j) {
        int[] a = keys[q][i];
        int[] b = keys[q][j];
        int[] start = blockStarts.get(q);
        int x = 0;
        int y = 0;
        while (x < a.length && y < b.length) {
            if (a[x] == b[y]) {
                if (!tooLarge(start[a[x] + 1] - start[a[x]])) {
                    return true;
                }
                x++;
                y++;
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return false;
    }

    private int firstKeptCommon(int rule, int[] a, int[] b) {
        int[] start = blockStarts.get(rule);
        int x = 0;
        int y = 0;
        while (x < a.length && y < b.length) {
            if (a[x] == b[y]) {
                if (!tooLarge(start[a[x] + 1] - start[a[x]])) {
                    return a[x];
                }
                x++;
                y++;
            } else if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return -1;
    }

    private static int firstCommon(int[] a, int[] b) {
        int x = 0;
        int y = 0;
        while (x < a.length && y < b.length) {
            if (a[x] == b[y]) {
                return a[x];
            }
            if (a[x] < b[y]) {
                x++;
            } else {
                y++;
            }
        }
        return -1;
    }

    /** Whether two records would be a candidate pair under any rule (used when merging clusters). */
    public boolean isCandidate(int i, int j) {
        for (int q = 0; q < rules.size(); q++) {
            if (madeBy(q, i, j)) {
                return true;
            }
        }
        return false;
    }
}
