package org.vigil.link.input;

import org.vigil.core.hash.Sha256;
import org.vigil.core.io.BadInputException;
import org.vigil.core.io.CsvRow;
import org.vigil.core.io.CsvTable;
import org.vigil.core.provenance.InputDigest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a CSV file with a header row into records, the way every CSV in Vigil is read ({@link CsvTable}:
 * strict UTF-8, a byte-order mark ignored, errors naming the line). Values are trimmed (FEBRL writes ", "
 * between values); cells equal to one of the missing-value markers count as empty. A missing id column
 * and an empty or repeated id are errors that name the file, line and column.
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

    /**
     * Reads one file.
     *
     * @throws BadInputException when the file is missing, unreadable or not usable CSV
     */
    public LinkInput read(Path file) {
        String name = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name, file.getFileName().toString());
        } catch (NoSuchFileException e) {
            throw new BadInputException(name, "file not found: check the path");
        } catch (IOException e) {
            throw new BadInputException(name, "cannot read the file: " + e.getMessage());
        }
    }

    /**
     * Reads CSV from a stream.
     *
     * @param in         the bytes, UTF-8
     * @param name       the name used in error messages and provenance
     * @param sourceName the source of the records when there is no source column
     * @throws BadInputException naming the line and column of the first problem
     */
    public LinkInput read(InputStream in, String name, String sourceName) {
        MessageDigest digest = Sha256.digest();
        // The whole table first: CsvTable names the header only once it has read the rows.
        CsvTable table = CsvTable.read(new DigestInputStream(in, digest), name);
        List<String> header = table.header();
        checkHeader(header, name);
        int idIndex = header.indexOf(idColumn);
        int sourceIndex = sourceColumn.map(header::indexOf).orElse(-1);
        String[] keep = new String[header.size()];
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            boolean kept = !ignored.contains(header.get(i)) && i != idIndex;
            keep[i] = kept ? header.get(i) : null;
            if (kept) {
                columns.add(header.get(i));
            }
        }
        List<InputRecord> records = new ArrayList<>(table.rows().size());
        Map<String, Long> seen = new HashMap<>();
        for (CsvRow row : table.rows()) {
            String id = row.get(idIndex).strip();
            if (id.isEmpty()) {
                throw new BadInputException(name, row.line(), idColumn,
                        "the record has no id: every row needs a value in column '" + idColumn + "'");
            }
            Long previous = seen.putIfAbsent(id, row.line());
            if (previous != null) {
                throw new BadInputException(name, row.line(), idColumn, "duplicate id '" + id
                        + "', first seen on line " + previous + ": ids must be unique");
            }
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < keep.length; i++) {
                if (keep[i] != null) {
                    String v = row.get(i).strip();
                    if (!v.isEmpty() && !missing.contains(v)) {
                        values.put(keep[i], v);
                    }
                }
            }
            String source = sourceIndex >= 0 ? row.get(sourceIndex).strip() : sourceName;
            records.add(new InputRecord(id, source, values));
        }
        return new LinkInput(columns, records, List.of(new InputDigest(name, HexFormat.of().formatHex(digest.digest()))));
    }

    private void checkHeader(List<String> header, String name) {
        if (!header.contains(idColumn)) {
            throw new BadInputException(name, 1, idColumn, "no id column '" + idColumn
                    + "': the columns are " + String.join(", ", header) + "; pass one of them with --id-column");
        }
        if (sourceColumn.isPresent() && !header.contains(sourceColumn.get())) {
            throw new BadInputException(name, 1, sourceColumn.get(), "no source column '"
                    + sourceColumn.get() + "' (named by the settings' sourceColumn): the columns are "
                    + String.join(", ", header));
        }
    }
}
