package org.vigil.link.internal.compare;

import org.vigil.core.dataset.InvalidDataException;
import org.vigil.core.dataset.Problem;
import org.vigil.link.input.InputRecord;
import org.vigil.link.input.LinkInput;
import org.vigil.link.settings.FieldSettings;
import org.vigil.link.settings.LinkSettings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The input after normalisation: every field of every record prepared once, so that comparing a
 * pair costs only the comparisons themselves. Records are addressed by their index in the input.
 */
public final class PreparedRecords {

    private final String[] ids;
    private final int[] sources;
    private final List<String> sourceNames;
    private final List<FieldSettings> fields;
    private final FieldComparison[] comparisons;
    private final Object[][] values;
    private final TermFrequencies[] frequencies;
    private final int[] radix;
    /** For the given-name and surname fields, the other one (see {@link NameRoles#swapPartners}); else -1. */
    private final int[] swapPartner;

    private PreparedRecords(String[] ids, int[] sources, List<String> sourceNames, List<FieldSettings> fields,
                            FieldComparison[] comparisons, Object[][] values, TermFrequencies[] frequencies) {
        this.ids = ids;
        this.sources = sources;
        this.sourceNames = sourceNames;
        this.fields = fields;
        this.comparisons = comparisons;
        this.values = values;
        this.frequencies = frequencies;
        this.radix = new int[comparisons.length];
        this.swapPartner = NameRoles.swapPartners(fields);
        long r = 1;
        for (int f = 0; f < comparisons.length; f++) {
            radix[f] = (int) r;
            r *= comparisons[f].levels().size() + 1L;
            if (r > Integer.MAX_VALUE) {
                throw new InvalidDataException(new Problem("settings", 0, "$.fields",
                        "too many fields and levels to encode a comparison vector: compare at most about 10 fields"));
            }
        }
    }

    /**
     * Prepares the records of an input for the settings' fields; checks that every column the
     * settings read exists in the input.
     */
    public static PreparedRecords prepare(LinkInput input, LinkSettings settings) {
        return prepare(input, settings, null);
    }

    /**
     * Prepares records, reusing and filling {@code memory}: the prepared values of earlier runs with
     * the same settings, by field and raw value (a long-lived engine keeps one so that incremental
     * runs do not normalise unchanged records again). {@code null}: no memory across runs.
     */
    public static PreparedRecords prepare(LinkInput input, LinkSettings settings,
                                          List<ConcurrentHashMap<String, Optional<Object>>> memory) {
        List<FieldSettings> fields = settings.fields();
        List<Problem> problems = new ArrayList<>();
        String inputName = input.files().isEmpty() ? "input" : input.files().get(0).name();
        for (int f = 0; f < fields.size(); f++) {
            for (String c : fields.get(f).columns()) {
                if (!input.columns().contains(c)) {
                    problems.add(new Problem(inputName, 1, c, "settings field '" + fields.get(f).name()
                            + "' reads column '" + c + "', which the input does not have (or the settings ignore): "
                            + "the columns are " + String.join(", ", input.columns())));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
        List<InputRecord> records = input.records();
        int n = records.size();
        String[] ids = new String[n];
        int[] sources = new int[n];
        Map<String, Integer> sourceIndex = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            InputRecord r = records.get(i);
            ids[i] = r.id();
            sources[i] = sourceIndex.computeIfAbsent(r.source(), k -> sourceIndex.size());
        }
        FieldComparison[] comparisons = new FieldComparison[fields.size()];
        Object[][] values = new Object[fields.size()][];
        TermFrequencies[] frequencies = new TermFrequencies[fields.size()];
        for (int f = 0; f < fields.size(); f++) {
            FieldSettings fs = fields.get(f);
            FieldComparison cmp = FieldComparison.of(fs.kind());
            comparisons[f] = cmp;
            List<String> columns = fs.columns();
            // equal raw values share one prepared value (most dates and places repeat); a cache is
            // only worth its memory when values do repeat, which a sample tells
            boolean repeats = memory != null || repeats(records, columns);
            ConcurrentHashMap<String, Optional<Object>> cache = memory != null ? memory.get(f) : new ConcurrentHashMap<>();
            Object[] vs = new Object[n];
            IntStream.range(0, n).parallel().forEach(i -> {
                InputRecord r = records.get(i);
                List<String> raw = new ArrayList<>(columns.size());
                for (String c : columns) {
                    raw.add(r.value(c));
                }
                vs[i] = (repeats ? cache.computeIfAbsent(String.join("\u001f", raw), k -> cmp.prepare(raw))
                        : cmp.prepare(raw)).orElse(null);
            });
            values[f] = vs;
            if (fs.termFrequency()) {
                frequencies[f] = TermFrequencies.count(cmp, vs, null);
            }
        }
        return new PreparedRecords(ids, sources, List.copyOf(sourceIndex.keySet()), fields, comparisons, values,
                frequencies);
    }

    /**
     * The same records with term frequencies counted over clusters instead of records: the share of
     * persons (clusters) with each value. Counting records would let a person listed by five sources
     * make their own name look common.
     *
     * @param representative for each record, a representative of its cluster
     */
    public PreparedRecords withClusterFrequencies(int[] representative) {
        TermFrequencies[] byCluster = new TermFrequencies[frequencies.length];
        for (int f = 0; f < frequencies.length; f++) {
            if (frequencies[f] != null) {
                byCluster[f] = TermFrequencies.count(comparisons[f], values[f], representative);
            }
        }
        return new PreparedRecords(ids, sources, sourceNames, fields, comparisons, values, byCluster);
    }

    private static boolean repeats(List<InputRecord> records, List<String> columns) {
        java.util.Set<String> distinct = new java.util.HashSet<>();
        int sample = Math.min(records.size(), 2000);
        for (int i = 0; i < sample; i++) {
            StringBuilder s = new StringBuilder();
            for (String c : columns) {
                s.append(records.get(i).value(c)).append('\u001f');
            }
            distinct.add(s.toString());
        }
        return distinct.size() < sample * 0.7;
    }

    /** Number of records. */
    public int size() {
        return ids.length;
    }

    /** Number of compared fields. */
    public int fieldCount() {
        return comparisons.length;
    }

    /** The id of record {@code i}. */
    public String id(int i) {
        return ids[i];
    }

    /** The source index of record {@code i} (see {@link #sourceNames()}). */
    public int source(int i) {
        return sources[i];
    }

    /** The names of the sources, by index. */
    public List<String> sourceNames() {
        return sourceNames;
    }

    /** The settings of the compared fields. */
    public List<FieldSettings> fields() {
        return fields;
    }

    /** The comparison of field {@code f}. */
    public FieldComparison comparison(int f) {
        return comparisons[f];
    }

    /** The prepared value of field {@code f} of record {@code i}, or empty when missing. */
    public Optional<Object> value(int f, int i) {
        return Optional.ofNullable(values[f][i]);
    }

    /** The share of records (or persons) with the value of field {@code f} of record {@code i}; 0 when off or missing. */
    public float termFrequency(int f, int i) {
        return frequencies[f] == null ? 0f : frequencies[f].share(i);
    }

    /**
     * The term-frequency adjustment, in bits, of field {@code f} for two records holding the same
     * value: log2(typical chance of agreement / share of the value); 0 when off, missing or different.
     */
    public double frequencyAdjustment(int f, int i, int j) {
        return frequencies[f] == null ? 0 : frequencies[f].adjustment(i, j);
    }

    /** Whether field {@code f} uses term-frequency adjustment. */
    public boolean usesTermFrequency(int f) {
        return frequencies[f] != null;
    }

    /** The comparison level of field {@code f} for records {@code i} and {@code j}; -1 when either is missing. */
    public int level(int f, int i, int j) {
        int p = swapPartner[f];
        return level(comparisons[f], values[f][i], values[f][j], p < 0 ? null : comparisons[p],
                p < 0 ? null : values[p][i], p < 0 ? null : values[p][j]);
    }

    /**
     * The comparison level of one field from prepared values — the rule every engine uses (the Spark engine
     * calls it with values it prepared on a worker). {@code partner} is the comparison of the field's swap
     * partner ({@link NameRoles#swapPartners}), null when it has none; {@code ap}, {@code bp} are the partner's
     * values. -1 when either value is missing.
     */
    public static int level(FieldComparison comparison, Object a, Object b, FieldComparison partner, Object ap,
                            Object bp) {
        if (a == null || b == null) {
            return -1;
        }
        int direct = comparison.compare(a, b);
        int different = comparison.levels().size() - 1;
        if (partner == null || direct < different) {
            return direct;
        }
        // a source that wrote the given name under the surname and back: both fields differ as read,
        // both agree crosswise; compared crosswise, such a pair is not evidence against a match
        if (ap == null || bp == null || partner.compare(ap, bp) < different) {
            return direct;
        }
        int cross = comparison.compare(a, bp);
        return cross < different && partner.compare(ap, b) < different ? cross : direct;
    }

    /** The comparison vector of a pair encoded in one int (see {@link #levelOf}). */
    public int pattern(int i, int j) {
        int p = 0;
        for (int f = 0; f < comparisons.length; f++) {
            p += (level(f, i, j) + 1) * radix[f];
        }
        return p;
    }

    /** The level of field {@code f} in an encoded comparison vector; -1 for missing. */
    public int levelOf(int pattern, int f) {
        int next = f + 1 < radix.length ? radix[f + 1] : Integer.MAX_VALUE;
        return (f + 1 < radix.length ? (pattern % next) : pattern) / radix[f] - 1;
    }
}
