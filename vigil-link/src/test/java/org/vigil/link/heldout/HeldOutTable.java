package org.vigil.link.heldout;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A generated table: a header and rows of the same width, written as UTF-8 CSV (RFC 4180 quoting). */
record HeldOutTable(List<String> header, List<List<String>> rows) {

    HeldOutTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row of " + row.size() + " fields under a header of " + header.size());
            }
        }
    }

    /**
     * Shuffles rows built without an id and puts {@code r0000001…} in front, so that neither the order of the
     * lines nor the id says which records belong together.
     */
    static HeldOutTable shuffledWithIds(List<String> headerAfterId, List<List<String>> rowsWithoutId, SplittableRandom random) {
        List<List<String>> shuffled = new ArrayList<>(rowsWithoutId);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            List<String> swap = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, swap);
        }
        List<List<String>> withIds = new ArrayList<>(shuffled.size());
        for (int i = 0; i < shuffled.size(); i++) {
            List<String> row = new ArrayList<>(shuffled.get(i).size() + 1);
            row.add(String.format("r%07d", i + 1));
            row.addAll(shuffled.get(i));
            withIds.add(List.copyOf(row));
        }
        List<String> header = new ArrayList<>();
        header.add("record_id");
        header.addAll(headerAfterId);
        return new HeldOutTable(header, withIds);
    }

    /** Index of a column, or an error naming it. */
    int column(String name) {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no column '" + name + "' in " + header);
        }
        return index;
    }

    /** The whole table as CSV text with a header line and {@code \n} line ends. */
    String csv() {
        StringBuilder out = new StringBuilder();
        line(out, header);
        for (List<String> row : rows) {
            line(out, row);
        }
        return out.toString();
    }

    /** The CSV text as UTF-8 bytes. */
    byte[] bytes() {
        return csv().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String field = fields.get(i);
            if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
                out.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                out.append(field);
            }
        }
        out.append('\n');
    }
}
