package org.vigil.estimate.data;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
     * @throws EstimationInputException when the file is missing or malformed
     */
    public CaptureData read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new EstimationInputException(file + ": no such file: check the path");
        } catch (IOException e) {
            throw new EstimationInputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        return read(bytes, file.toString());
    }

    /**
     * Reads CSV bytes (UTF-8); {@code sourceName} names them in error messages.
     *
     * @throws EstimationInputException when malformed
     */
    public CaptureData read(byte[] bytes, String sourceName) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new EstimationInputException(sourceName + ": not UTF-8 text: save the file as UTF-8 CSV");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        StratifiedHistory history = parse(text, sourceName);
        return new CaptureData(history, InputDigest.sha256(bytes), sourceName);
    }

    private StratifiedHistory parse(String text, String source) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty()) {
                throw new EstimationInputException(source + ": empty file: expected a header line of list names");
            }
            int countCol = indexIgnoringCase(header, "count");
            int stratumCol = -1;
            if (stratumColumn.isPresent()) {
                stratumCol = header.indexOf(stratumColumn.get());
                if (stratumCol < 0) {
                    throw new EstimationInputException(source + " line 1: no stratum column '" + stratumColumn.get()
                            + "'; the columns are " + header);
                }
            }
            int idCol = -1;
            if (idColumn.isPresent()) {
                idCol = header.indexOf(idColumn.get());
                if (idCol < 0) {
                    throw new EstimationInputException(source + " line 1: no id column '" + idColumn.get()
                            + "'; the columns are " + header);
                }
            } else if (countCol < 0) {
                idCol = indexIgnoringCase(header, "id");
            }
            List<Integer> listCols = new ArrayList<>();
            List<String> lists = new ArrayList<>();
            for (int c = 0; c < header.size(); c++) {
                if (c != countCol && c != stratumCol && c != idCol) {
                    if (header.get(c).isBlank()) {
                        throw new EstimationInputException(source + " line 1, column " + (c + 1)
                                + ": blank column name: name every list column");
                    }
                    listCols.add(c);
                    lists.add(header.get(c));
                }
            }
            if (lists.size() < 2) {
                throw new EstimationInputException(source + ": need at least two list columns to estimate from their overlap, found "
                        + lists + " (columns " + header + ")");
            }
            if (lists.size() > CaptureHistory.MAX_LISTS) {
                throw new EstimationInputException(source + ": " + lists.size() + " list columns; at most "
                        + CaptureHistory.MAX_LISTS + " are supported");
            }
            int j = lists.size();
            Map<String, long[]> counts = new LinkedHashMap<>();
            Map<String, String> seenIds = new java.util.HashMap<>();
            boolean any = false;
            for (CSVRecord row : parser) {
                long line = parser.getCurrentLineNumber();
                if (row.size() != header.size()) {
                    throw new EstimationInputException(source + " line " + line + ": " + row.size()
                            + " fields but the header has " + header.size() + ": every row needs one value per column");
                }
                int pattern = 0;
                for (int i = 0; i < j; i++) {
                    String v = row.get(listCols.get(i));
                    if (v.equals("1")) {
                        pattern |= 1 << (j - 1 - i);
                    } else if (!v.equals("0")) {
                        throw new EstimationInputException(source + " line " + line + ", column " + lists.get(i)
                                + ": value '" + v + "' is not 0 or 1: write 1 for 'on this list', 0 for 'not on it'");
                    }
                }
                long count = 1;
                if (countCol >= 0) {
                    String v = row.get(countCol);
                    try {
                        count = Long.parseLong(v);
                    } catch (NumberFormatException e) {
                        count = -1;
                    }
                    if (count < 0) {
                        throw new EstimationInputException(source + " line " + line + ", column " + header.get(countCol)
                                + ": count '" + v + "' is not a whole number >= 0");
                    }
                }
                if (pattern == 0) {
                    throw new EstimationInputException(source + " line " + line
                            + ": the row is on no list (all zeros); people on no list are the unknown being estimated: remove the row");
                }
                if (idCol >= 0) {
                    String id = row.get(idCol);
                    if (id.isEmpty()) {
                        throw new EstimationInputException(source + " line " + line + ", column " + header.get(idCol)
                                + ": empty id: give every person an id or drop the id column");
                    }
                    String before = seenIds.put(id, Long.toString(line));
                    if (before != null) {
                        throw new EstimationInputException(source + " line " + line + ", column " + header.get(idCol)
                                + ": id '" + id + "' already appears on line " + before
                                + ": one row per person; merge the rows of one person into one pattern");
                    }
                }
                String stratum = StratifiedHistory.UNSTRATIFIED;
                if (stratumCol >= 0) {
                    stratum = row.get(stratumCol);
                    if (stratum.isEmpty()) {
                        throw new EstimationInputException(source + " line " + line + ", column " + header.get(stratumCol)
                                + ": empty stratum: give every row a stratum");
                    }
                }
                counts.computeIfAbsent(stratum, s -> new long[1 << j])[pattern] += count;
                any = true;
            }
            if (!any) {
                throw new EstimationInputException(source + ": no data rows after the header");
            }
            return toHistories(source, lists, counts, stratumCol >= 0);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new EstimationInputException(source + ": malformed CSV (" + e.getMessage() + ")");
        }
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
            throw new EstimationInputException(source + ": " + e.getMessage());
        }
        Map<String, CaptureHistory> byStratum = new LinkedHashMap<>();
        for (Map.Entry<String, long[]> e : counts.entrySet()) {
            try {
                byStratum.put(e.getKey(), CaptureHistory.of(lists, e.getValue()));
            } catch (EstimationInputException ex) {
                throw new EstimationInputException(source + ", stratum '" + e.getKey() + "': " + ex.getMessage()
                        + " (or merge this stratum with another)");
            }
        }
        return StratifiedHistory.of(byStratum);
    }

    private static int indexIgnoringCase(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).toLowerCase(Locale.ROOT).equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
