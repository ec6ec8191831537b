package org.vigil.link.input;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.vigil.core.dataset.InvalidDataException;
import org.vigil.core.dataset.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a CSV file with a header row into records. Values are trimmed (FEBRL writes ", " between
 * values); cells equal to one of the missing-value markers count as empty. A missing id column,
 * an empty or repeated id, a row with the wrong number of cells and broken quoting are errors that
 * name the file, line and column.
 */
public final class CsvRecordReader {

    private final String idColumn;
    private final Optional<String> sourceColumn;
    private final Set<String> missing;
    private final Set<String> ignored;

    /**
     * A reader.
     *
     * @param idColumn      the column that identifies records
     * @param sourceColumn  the column naming each record's source, if any (else the file name is the source)
     * @param missingValues cell values that mean "unknown"
     * @param ignoreColumns columns not to keep (e.g. the truth of a benchmark)
     */
    public CsvRecordReader(String idColumn, Optional<String> sourceColumn, List<String> missingValues,
                           List<String> ignoreColumns) {
        this.idColumn = idColumn;
        this.sourceColumn = sourceColumn;
        this.missing = Set.copyOf(missingValues);
        this.ignored = Set.copyOf(ignoreColumns);
    }

    /** Reads one file. */
    public LinkInput read(Path file) {
        String name = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name, file.getFileName().toString());
        } catch (NoSuchFileException e) {
            throw new InvalidDataException(new Problem(name, 0, "", "file not found: check the path"));
        } catch (IOException e) {
            throw new InvalidDataException(new Problem(name, 0, "", "cannot read the file: " + e.getMessage()));
        }
    }

    /**
     * Reads CSV from a stream.
     *
     * @param in         the bytes, UTF-8
     * @param name       the name used in error messages and provenance
     * @param sourceName the source of the records when there is no source column
     */
    public LinkInput read(InputStream in, String name, String sourceName) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setTrim(true).setIgnoreEmptyLines(true).build();
        List<InputRecord> records = new ArrayList<>();
        List<String> header;
        try (Reader reader = new InputStreamReader(new DigestInputStream(in, digest), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            header = parser.getHeaderNames();
            checkHeader(header, name);
            int idIndex = header.indexOf(idColumn);
            int sourceIndex = sourceColumn.map(header::indexOf).orElse(-1);
            String[] keep = new String[header.size()];
            for (int i = 0; i < header.size(); i++) {
                keep[i] = ignored.contains(header.get(i)) || i == idIndex ? null : header.get(i);
            }
            Map<String, Long> seen = new HashMap<>();
            var it = parser.iterator();
            while (true) {
                CSVRecord row;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    row = it.next();
                } catch (UncheckedIOException e) {
                    throw new InvalidDataException(new Problem(name, (int) parser.getCurrentLineNumber(), "",
                            "broken CSV (" + rootMessage(e) + "): check the quotes on this line, a quote inside a "
                                    + "quoted value is written twice (\"\")"));
                }
                long line = lineOf(row, parser);
                if (row.size() != header.size()) {
                    throw new InvalidDataException(new Problem(name, (int) line, "",
                            "the row has " + row.size() + " values but the header has " + header.size()
                                    + " columns: check for a missing or extra separator or an unclosed quote"));
                }
                String id = row.get(idIndex);
                if (id.isEmpty()) {
                    throw new InvalidDataException(new Problem(name, (int) line, idColumn,
                            "the record has no id: every row needs a value in column '" + idColumn + "'"));
                }
                Long previous = seen.putIfAbsent(id, line);
                if (previous != null) {
                    throw new InvalidDataException(new Problem(name, (int) line, idColumn, "duplicate id '" + id
                            + "', first seen on line " + previous + ": ids must be unique"));
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < keep.length; i++) {
                    if (keep[i] != null) {
                        String v = row.get(i);
                        if (!v.isEmpty() && !missing.contains(v)) {
                            values.put(keep[i], v);
                        }
                    }
                }
                String source = sourceIndex >= 0 ? row.get(sourceIndex) : sourceName;
                records.add(new InputRecord(id, source, values));
            }
        } catch (UncheckedIOException | IOException e) {
            throw new InvalidDataException(new Problem(name, 0, "", "cannot read CSV: " + rootMessage(e)));
        } catch (IllegalArgumentException e) {
            throw new InvalidDataException(new Problem(name, 1, "", "bad header: " + e.getMessage()
                    + "; give each column a unique name"));
        }
        List<String> columns = new ArrayList<>();
        for (String h : header) {
            if (!ignored.contains(h) && !h.equals(idColumn)) {
                columns.add(h);
            }
        }
        String sha = HexFormat.of().formatHex(digest.digest());
        return new LinkInput(columns, records, List.of(new InputFile(name, sha, records.size())));
    }

    private void checkHeader(List<String> header, String name) {
        if (header.isEmpty()) {
            throw new InvalidDataException(new Problem(name, 1, "", "the file is empty: it needs a header row"));
        }
        if (!header.contains(idColumn)) {
            throw new InvalidDataException(new Problem(name, 1, idColumn, "no id column '" + idColumn
                    + "': the columns are " + String.join(", ", header) + "; pass one of them with --id-column"));
        }
        if (sourceColumn.isPresent() && !header.contains(sourceColumn.get())) {
            throw new InvalidDataException(new Problem(name, 1, sourceColumn.get(), "no source column '"
                    + sourceColumn.get() + "' (named by the settings' sourceColumn): the columns are "
                    + String.join(", ", header)));
        }
    }

    private static long lineOf(CSVRecord row, CSVParser parser) {
        // the record number counts data rows from 1; the header is line 1 of the file
        long n = row.getRecordNumber() + 1;
        return Math.max(n, 1);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
