package org.vigil.estimate.data;

import org.vigil.core.hash.Sha256;
import org.vigil.core.io.BadInputException;
import org.vigil.core.io.CsvRow;
import org.vigil.core.io.CsvTable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads capture histories from CSV: either aggregated (list columns of 0/1 plus a {@code count}
 * column, one row per pattern, the format of the shared estimation data) or per individual (one row
 * per person, 0/1 per list, optional id and stratum columns). Every error names the file, line and column.
 */
public final class CaptureCsvReader {

    private final Optional<String> stratumColumn;
    private final Optional<String> idColumn;

    /**
     * A reader.
     *
     * @param stratumColumn the column that names each row's stratum, if any
     * @param idColumn the person-id column of per-individual data; a column named {@code id} is used when absent
     */
    public CaptureCsvReader(Optional<String> stratumColumn, Optional<String> idColumn) {
        this.stratumColumn = stratumColumn;
        this.idColumn = idColumn;
    }

    /** A reader with no stratum column and the default id column. */
    public CaptureCsvReader() {
        this(Optional.empty(), Optional.empty());
    }

    /**
     * Reads a file.
     *
     * @throws BadInputException when the file is missing or malformed (an {@link EstimationInputException}
     *                           when it is CSV but not capture histories)
     */
    public CaptureData read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new EstimationInputException(file.toString(), "no such file: check the path");
        } catch (IOException e) {
            throw new EstimationInputException(file.toString(), "cannot be read (" + e.getMessage() + ")");
        }
        return read(bytes, file.toString());
    }

    /**
     * Reads CSV bytes (UTF-8, read as every Vigil CSV is: {@link CsvTable}); {@code sourceName} names them in
     * error messages.
     *
     * @throws BadInputException when malformed
     */
    public CaptureData read(byte[] bytes, String sourceName) {
        StratifiedHistory history = parse(CsvTable.read(bytes, sourceName));
        return new CaptureData(history, Sha256.hex(bytes), sourceName);
    }

    private StratifiedHistory parse(CsvTable table) {
        String source = table.source();
        List<String> header = table.header();
        int countCol = table.column("count").orElse(-1);
        int stratumCol = -1;
        if (stratumColumn.isPresent()) {
            stratumCol = header.indexOf(stratumColumn.get());
            if (stratumCol < 0) {
                throw new EstimationInputException(source, 1, "", "no stratum column '" + stratumColumn.get()
                        + "'; the columns are " + header);
            }
        }
        int idCol = -1;
        if (idColumn.isPresent()) {
            idCol = header.indexOf(idColumn.get());
            if (idCol < 0) {
                throw new EstimationInputException(source, 1, "", "no id column '" + idColumn.get()
                        + "'; the columns are " + header);
            }
        } else if (countCol < 0) {
            idCol = table.column("id").orElse(-1);
        }
        List<Integer> listCols = new ArrayList<>();
        List<String> lists = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (c != countCol && c != stratumCol && c != idCol) {
                listCols.add(c);
                lists.add(header.get(c));
            }
        }
        if (lists.size() < 2) {
            throw new EstimationInputException(source, "need at least two list columns to estimate from their overlap, "
                    + "found " + lists + " (columns " + header + ")");
        }
        if (lists.size() > CaptureHistory.MAX_LISTS) {
            throw new EstimationInputException(source, lists.size() + " list columns; at most "
                    + CaptureHistory.MAX_LISTS + " are supported");
        }
        int j = lists.size();
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, Long> seenIds = new HashMap<>();
        for (CsvRow row : table.rows()) {
            long line = row.line();
            int pattern = 0;
            for (int i = 0; i < j; i++) {
                // Spaces around a value are a spreadsheet's padding, not part of it.
                String v = row.get(listCols.get(i)).strip();
                if (v.equals("1")) {
                    pattern |= 1 << (j - 1 - i);
                } else if (!v.equals("0")) {
                    throw new EstimationInputException(source, line, lists.get(i),
                            "value '" + v + "' is not 0 or 1: write 1 for 'on this list', 0 for 'not on it'");
                }
            }
            long count = 1;
            if (countCol >= 0) {
                String v = row.get(countCol).strip();
                try {
                    count = Long.parseLong(v);
                } catch (NumberFormatException e) {
                    count = -1;
                }
                if (count < 0) {
                    throw new EstimationInputException(source, line, header.get(countCol),
                            "count '" + v + "' is not a whole number >= 0");
                }
            }
            if (pattern == 0) {
                throw new EstimationInputException(source, line, "", "the row is on no list (all zeros); people on no "
                        + "list are the unknown being estimated: remove the row");
            }
            if (idCol >= 0) {
                String id = row.get(idCol).strip();
                if (id.isEmpty()) {
                    throw new EstimationInputException(source, line, header.get(idCol),
                            "empty id: give every person an id or drop the id column");
                }
                Long before = seenIds.put(id, line);
                if (before != null) {
                    throw new EstimationInputException(source, line, header.get(idCol), "id '" + id
                            + "' already appears on line " + before
                            + ": one row per person; merge the rows of one person into one pattern");
                }
            }
            String stratum = StratifiedHistory.UNSTRATIFIED;
            if (stratumCol >= 0) {
                stratum = row.get(stratumCol).strip();
                if (stratum.isEmpty()) {
                    throw new EstimationInputException(source, line, header.get(stratumCol),
                            "empty stratum: give every row a stratum");
                }
            }
            counts.computeIfAbsent(stratum, s -> new long[1 << j])[pattern] += count;
        }
        if (table.rows().isEmpty()) {
            throw new EstimationInputException(source, "no data rows after the header");
        }
        return toHistories(source, lists, counts, stratumCol >= 0);
    }

    private static StratifiedHistory toHistories(String source, List<String> lists, Map<String, long[]> counts,
                                                 boolean stratified) {
        long[] pooled = new long[1 << lists.size()];
        counts.values().forEach(c -> {
            for (int p = 0; p < c.length; p++) {
                pooled[p] += c[p];
            }
        });
        try {
            CaptureHistory all = CaptureHistory.of(lists, pooled);
            if (!stratified) {
                return StratifiedHistory.single(all);
            }
        } catch (EstimationInputException e) {
            throw new EstimationInputException(source, e.getMessage());
        }
        Map<String, CaptureHistory> byStratum = new LinkedHashMap<>();
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            try {
                byStratum.put(e.getKey(), CaptureHistory.of(lists, e.getValue()));
            } catch (EstimationInputException ex) {
                throw new EstimationInputException(source, 0, "", "stratum '" + e.getKey() + "': " + ex.getMessage()
                        + " (or merge this stratum with another)");
            }
        }
        return StratifiedHistory.of(byStratum);
    }
}
