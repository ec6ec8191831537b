package org.vigil.link.distributed;

import org.vigil.core.dataset.InvalidDataException;
import org.vigil.link.input.InputRecord;
import org.vigil.link.input.LinkInput;
import org.vigil.link.internal.compare.FieldComparison;
import org.vigil.link.internal.compare.PreparedRecords;
import org.vigil.link.settings.BlockingRule;
import org.vigil.link.settings.FieldSettings;
import org.vigil.link.settings.LinkMode;
import org.vigil.link.settings.LinkSettings;
import org.vigil.link.settings.SettingsReader;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The record-level part of a linkage run, shipped to workers: which columns are read, each record's
 * blocking keys under each rule, and the comparison vector of a pair, all by vigil-link's own
 * comparisons. Records travel as their raw values ({@link #columns()} order); prepared values are
 * cached per worker by raw value, as {@link org.vigil.link.Linker} caches them.
 */
public final class LinkPlan implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String settingsJson;
    private transient LinkSettings settings;
    private transient FieldComparison[] comparisons;
    private transient int[] swapPartners;
    private transient int[][] columnIndex;
    private transient PreparedRecords shape;
    private transient List<ConcurrentHashMap<String, Optional<Object>>> cache;

    /** A plan for the given settings. */
    public LinkPlan(LinkSettings settings) {
        this.settingsJson = SettingsReader.write(settings, Optional.empty());
        this.settings = settings;
    }

    /** The settings (read back from their JSON on a worker). */
    public LinkSettings settings() {
        if (settings == null) {
            settings = SettingsReader.read(settingsJson, "settings").settings();
        }
        return settings;
    }

    /** The raw columns the fields read, each once, in field order. */
    public List<String> columns() {
        LinkedHashSet<String> columns = new LinkedHashSet<>();
        for (FieldSettings f : settings().fields()) {
            columns.addAll(f.columns());
        }
        return List.copyOf(columns);
    }

    /**
     * Checks that the input has every column the settings read, with the error {@code vigil link} gives.
     *
     * @throws InvalidDataException naming the input, the field and the missing column
     */
    public void checkColumns(List<String> inputColumns, String inputName) {
        PreparedRecords.prepare(new LinkInput(inputColumns, List.of(),
                List.of(new org.vigil.core.provenance.InputDigest(inputName, ""))), settings());
    }

    /** The provenance of a full run over the given inputs, as {@code vigil link} records it. */
    public org.vigil.core.provenance.Provenance provenance(List<org.vigil.core.provenance.InputDigest> inputs) {
        return org.vigil.link.internal.run.LinkProvenance.of(org.vigil.link.internal.run.LinkProvenance.FULL, inputs,
                settings());
    }

    /** The training rules of the model fit: the settings' own, else one per name, date, identifier and e-mail field. */
    public List<BlockingRule> trainingRules() {
        if (!settings().training().isEmpty()) {
            return settings().training();
        }
        return org.vigil.link.internal.model.ModelEstimator.defaultTraining(settings().fields());
    }

    /** Number of compared fields. */
    public int fieldCount() {
        return settings().fields().size();
    }

    /** The level of field {@code f} in an encoded comparison vector; -1 for missing. */
    public int levelOf(int pattern, int f) {
        return shape().levelOf(pattern, f);
    }

    /** The labels of field {@code f}'s levels, strongest agreement first. */
    public List<String> levelLabels(int f) {
        comparisons();
        return comparisons[f].levels();
    }

    /** The number of levels of field {@code f}. */
    public int levels(int f) {
        comparisons();
        return comparisons[f].levels().size();
    }

    /**
     * The blocking keys of one record under one rule, as {@link org.vigil.link.internal.block.Blocker} makes
     * them: the product of the rule's key parts, distinct; none when a part is missing.
     */
    public String[] blockingKeys(String[] raw, BlockingRule rule) {
        comparisons();
        List<String> keys = rule.keys();
        FieldComparison[] parts = new FieldComparison[keys.size()];
        Object[] values = new Object[keys.size()];
        String[] transforms = new String[keys.size()];
        for (int k = 0; k < keys.size(); k++) {
            int f = fieldIndex(BlockingRule.fieldOf(keys.get(k)));
            parts[k] = comparisons[f];
            values[k] = prepared(f, raw);
            transforms[k] = BlockingRule.transformOf(keys.get(k));
        }
        return org.vigil.link.internal.block.Blocker.keysOf(parts, values, transforms);
    }

    /** The comparison vector of two records, encoded as {@link PreparedRecords#pattern} encodes it. */
    public int pattern(String[] rawA, String[] rawB) {
        comparisons();
        int[] partners = swapPartners;
        if (partners == null) {
            partners = org.vigil.link.internal.compare.NameRoles.swapPartners(settings().fields());
            swapPartners = partners;
        }
        int p = 0;
        int radix = 1;
        for (int f = 0; f < comparisons.length; f++) {
            int q = partners[f];
            int level = PreparedRecords.level(comparisons[f], prepared(f, rawA), prepared(f, rawB),
                    q < 0 ? null : comparisons[q], q < 0 ? null : prepared(q, rawA), q < 0 ? null : prepared(q, rawB));
            p += (level + 1) * radix;
            radix *= comparisons[f].levels().size() + 1;
        }
        return p;
    }

    /** Whether field {@code f} uses term-frequency adjustment. */
    public boolean usesTermFrequency(int f) {
        return settings().fields().get(f).termFrequency();
    }

    /**
     * Each field's frequency key for a record (the value whose share adjusts an agreement), {@code null} where the
     * field is missing or has no term-frequency adjustment.
     */
    public String[] frequencyKeys(String[] raw) {
        comparisons();
        String[] keys = new String[comparisons.length];
        for (int f = 0; f < keys.length; f++) {
            if (usesTermFrequency(f)) {
                Object value = prepared(f, raw);
                keys[f] = value == null ? null : comparisons[f].frequencyKey(value);
            }
        }
        return keys;
    }

    /** The record as vigil-link reads it: missing values (blank or listed in the settings) left out. */
    public InputRecord record(String id, String source, String[] raw) {
        List<String> columns = columns();
        Map<String, String> values = new java.util.HashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            String v = raw[c] == null ? "" : raw[c].strip();
            if (!v.isEmpty() && !settings().missingValues().contains(v)) {
                values.put(columns.get(c), v);
            }
        }
        return new InputRecord(id, source, values);
    }

    /** Chunks of the u sample's draw, each drawn on its own from a seed of its own (see {@link #uSamplePairs}). */
    public static final int U_CHUNKS = org.vigil.link.internal.model.USampler.CHUNKS;

    /**
     * One chunk of the random pairs (record indexes in id order) whose comparison estimates u, drawn as
     * {@link org.vigil.link.internal.model.USampler} draws them, so that chunks can be drawn on different workers.
     *
     * @param chunk   the chunk, 0 to {@link #U_CHUNKS} - 1
     * @param n       number of records
     * @param sources source index of each record in link-only mode with several sources, else {@code null}
     * @return pairs encoded as {@code i << 32 | j}
     */
    public long[] uSamplePairs(int chunk, int n, int[] sources) {
        boolean across = sources != null && settings().mode() == LinkMode.LINK_ONLY;
        return org.vigil.link.internal.model.USampler.draw(chunk, settings().uSampleSize(), settings().seed(), n,
                across ? i -> sources[i] : null);
    }

    /**
     * Which records a training rule keeps when it makes more pairs than {@code trainingPairs}: a seeded
     * draw per record in id order, as the single-machine fit draws it; {@code null} when all are kept.
     */
    public java.util.BitSet trainingSample(int ruleIndex, int n, long rulePairs) {
        boolean[] keep = org.vigil.link.internal.model.ModelEstimator.trainingSample(settings(), ruleIndex, n, rulePairs);
        if (keep == null) {
            return null;
        }
        java.util.BitSet include = new java.util.BitSet(n);
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                include.set(i);
            }
        }
        return include;
    }

    private int fieldIndex(String field) {
        List<FieldSettings> fields = settings().fields();
        for (int f = 0; f < fields.size(); f++) {
            if (fields.get(f).name().equals(field)) {
                return f;
            }
        }
        throw new InvalidDataException(new org.vigil.core.dataset.Problem("settings", 0, "$.blocking",
                "blocking names field '" + field + "', which is not among the fields"));
    }

    private Object prepared(int f, String[] raw) {
        comparisons();
        List<String> rawValues = new ArrayList<>(columnIndex[f].length);
        for (int c : columnIndex[f]) {
            String v = raw[c] == null ? "" : raw[c].strip();
            rawValues.add(settings().missingValues().contains(v) ? "" : v);
        }
        FieldComparison cmp = comparisons[f];
        return cache.get(f).computeIfAbsent(String.join("\u001f", rawValues), k -> cmp.prepare(rawValues))
                .orElse(null);
    }

    private void comparisons() {
        if (comparisons != null) {
            return;
        }
        List<FieldSettings> fields = settings().fields();
        List<String> columns = columns();
        FieldComparison[] cmp = new FieldComparison[fields.size()];
        int[][] index = new int[fields.size()][];
        List<ConcurrentHashMap<String, Optional<Object>>> c = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            cmp[f] = FieldComparison.of(fields.get(f).kind());
            index[f] = fields.get(f).columns().stream().mapToInt(columns::indexOf).toArray();
            c.add(new ConcurrentHashMap<>());
        }
        cache = c;
        columnIndex = index;
        comparisons = cmp;
    }

    /** The comparisons' shape, as the model fit reads it. */
    org.vigil.link.internal.model.ModelEstimator.Shape modelShape() {
        return org.vigil.link.internal.model.ModelEstimator.shapeOf(shape());
    }

    private PreparedRecords shape() {
        comparisons();
        if (shape == null) {
            shape = PreparedRecords.prepare(new LinkInput(columns(), List.of(), List.of()), settings());
        }
        return shape;
    }
}
