package org.vigil.link.input;

import org.vigil.core.hash.Sha256;
import org.vigil.core.provenance.InputDigest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The records of one linkage run, with the columns they have and where they came from.
 *
 * @param columns the column names, in file order
 * @param records the records, in input order (which decides tie-breaks, never the result's meaning)
 * @param files   the input files or in-memory sources with the SHA-256 of what was read
 */
public record LinkInput(List<String> columns, List<InputRecord> records, List<InputDigest> files) {

    /** Copies the lists. */
    public LinkInput {
        columns = List.copyOf(columns);
        records = List.copyOf(records);
        files = List.copyOf(files);
    }

    /**
     * Input made of in-memory records (from the store, a web form); its hash is that of the records'
     * canonical text, so the same records always give the same provenance. Its columns are those some
     * record has a value in; use {@link #of(List, List)} when the columns are known in advance.
     */
    public static LinkInput of(List<InputRecord> records) {
        return of(List.of(), records);
    }

    /**
     * Input made of in-memory records with declared columns: every declared column is part of the input
     * even when no record has a value in it (a field that is always missing is neutral evidence, not an
     * error), followed by any other column a record has, in name order.
     *
     * @param columns the columns the producer of the records knows about, in order
     * @param records the records
     */
    public static LinkInput of(List<String> columns, List<InputRecord> records) {
        List<String> declared = new ArrayList<>(new java.util.LinkedHashSet<>(columns));
        java.util.SortedSet<String> others = new java.util.TreeSet<>();
        StringBuilder canonical = new StringBuilder();
        for (InputRecord r : records) {
            canonical.append(r.id()).append('\u001f').append(r.source());
            for (Map.Entry<String, String> e : new TreeMap<>(r.values()).entrySet()) {
                canonical.append('\u001f').append(e.getKey()).append('=').append(e.getValue());
                if (!declared.contains(e.getKey())) {
                    others.add(e.getKey());
                }
            }
            canonical.append('\u001e');
        }
        declared.addAll(others);
        return new LinkInput(declared, records, List.of(new InputDigest("records", Sha256.hex(canonical.toString()))));
    }

    /** This input followed by another (the second file of a two-file link). */
    public LinkInput plus(LinkInput other) {
        List<String> cols = new ArrayList<>(columns);
        for (String c : other.columns) {
            if (!cols.contains(c)) {
                cols.add(c);
            }
        }
        List<InputRecord> all = new ArrayList<>(records);
        all.addAll(other.records);
        List<InputDigest> fs = new ArrayList<>(files);
        fs.addAll(other.files);
        return new LinkInput(cols, all, fs);
    }
}
