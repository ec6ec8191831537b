package org.vigil.link.internal.generate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.vigil.link.input.InputRecord;
import org.vigil.link.input.LinkInput;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated set of records with its truth: the columns, each record's values (the first column is
 * the record id) and each record's true person, kept apart from the values so it is never linked on.
 *
 * @param columns  column names, the record id first, without the truth column
 * @param rows     values by column, one row per record
 * @param persons  the true person of each row
 */
public record GeneratedSet(List<String> columns, List<List<String>> rows, List<String> persons) {

    /** The truth column's name in written files. */
    public static final String TRUTH_COLUMN = "person_id";

    /** Copies the lists. */
    public GeneratedSet {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        persons = List.copyOf(persons);
    }

    /** Number of records. */
    public int size() {
        return rows.size();
    }

    /** The records as linkage input (no truth; empty cells left out, source "generated"). */
    public LinkInput toInput() {
        List<InputRecord> in = new ArrayList<>(rows.size());
        String source = columns.contains("source") ? "source" : null;
        for (List<String> row : rows) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 1; c < columns.size(); c++) {
                if (!row.get(c).isEmpty()) {
                    values.put(columns.get(c), row.get(c));
                }
            }
            in.add(new InputRecord(row.get(0), source == null ? "generated" : values.getOrDefault(source, ""), values));
        }
        return LinkInput.of(in);
    }

    /** Record id to true person. */
    public Map<String, String> truth() {
        Map<String, String> t = new HashMap<>(rows.size() * 2);
        for (int i = 0; i < rows.size(); i++) {
            t.put(rows.get(i).get(0), persons.get(i));
        }
        return t;
    }

    /** Writes the set as CSV, the truth as the last column {@value #TRUTH_COLUMN}. */
    public void writeCsv(Writer writer) throws IOException {
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
        List<String> header = new ArrayList<>(columns);
        header.add(TRUTH_COLUMN);
        printer.printRecord(header);
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = new ArrayList<>(rows.get(i));
            row.add(persons.get(i));
            printer.printRecord(row);
        }
        printer.flush();
    }
}
