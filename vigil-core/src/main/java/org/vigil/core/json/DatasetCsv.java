package org.vigil.core.json;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.vigil.core.dataset.Dataset;
import org.vigil.core.dataset.DatasetValidator;
import org.vigil.core.dataset.InvalidDataException;
import org.vigil.core.dataset.Problem;
import org.vigil.core.dataset.Violation;
import org.vigil.core.io.BadInputException;
import org.vigil.core.io.CsvRow;
import org.vigil.core.io.CsvTable;
import org.vigil.core.model.Record;
import org.vigil.core.model.RecordType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A data set as one long CSV table: {@code record_type,record_id,field,value}, one row per field value,
 * with field paths such as {@code names[0].value}. Any spreadsheet opens it, and it carries everything
 * the JSON form does, so it round-trips without loss.
 */
public final class DatasetCsv {

    private static final String[] HEADER = {"record_type", "record_id", "field", "value"};
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private DatasetCsv() {
    }

    /** The canonical CSV text of a data set. */
    public static String write(Dataset dataset) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord((Object[]) HEADER);
            Dataset sorted = dataset.sortedById();
            for (RecordType type : RecordType.values()) {
                for (Record r : sorted.records(type)) {
                    JsonNode tree = VigilJson.MAPPER.valueToTree(r);
                    List<String[]> rows = new ArrayList<>();
                    FieldPaths.flatten("", tree, rows);
                    for (String[] row : rows) {
                        if (!row[0].equals("type") && !row[0].equals("id")) {
                            printer.printRecord(type.code(), r.id(), row[0], defuse(row[1]));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Reads and validates a CSV data set; references may point to existing records.
     *
     * @throws InvalidDataException naming file, line, column and field of every problem
     */
    public static Dataset read(String text, String fileName, DatasetValidator validator,
                               Function<String, Optional<RecordType>> existing) {
        Map<String, RecordRows> byId = new LinkedHashMap<>();
        CsvTable table;
        try {
            table = CsvTable.read(text.getBytes(StandardCharsets.UTF_8), fileName);
        } catch (BadInputException e) {
            throw new InvalidDataException(new Problem(fileName, e.line().map(Long::intValue).orElse(0),
                    e.column().orElse(""), e.problem()));
        }
        if (!table.header().equals(List.of(HEADER))) {
            throw new InvalidDataException(new Problem(fileName, 1, "header", "the header is "
                    + table.header() + " but a Vigil CSV data set starts with " + String.join(",", HEADER)));
        }
        for (CsvRow row : table.rows()) {
            int line = (int) row.line();
            RecordType type;
            try {
                type = RecordType.fromCode(row.get(0));
            } catch (IllegalArgumentException e) {
                throw new InvalidDataException(new Problem(fileName, line, "record_type", e.getMessage()));
            }
            String id = row.get(1);
            RecordRows rows = byId.computeIfAbsent(id, k -> new RecordRows(type, id, line));
            if (rows.type != type) {
                throw new InvalidDataException(new Problem(fileName, line, "record_id", "id '" + id
                        + "' was a " + rows.type.code() + " on line " + rows.firstLine
                        + " and is a " + type.code() + " here: every record needs its own id"));
            }
            String field = row.get(2);
            if (rows.lines.putIfAbsent(field, line) != null) {
                throw new InvalidDataException(new Problem(fileName, line, "field", "field '" + field
                        + "' of " + type.code() + " '" + id + "' is given twice (first on line "
                        + rows.lines.get(field) + ")"));
            }
            rows.values.add(new String[]{field, restore(row.get(3))});
        }

        List<Record> records = new ArrayList<>();
        for (RecordRows rows : byId.values()) {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("type", rows.type.code());
            node.put("id", rows.id);
            for (String[] fv : rows.values) {
                try {
                    FieldPaths.set(node, fv[0], fv[1]);
                } catch (IllegalArgumentException e) {
                    throw new InvalidDataException(new Problem(fileName, rows.lines.get(fv[0]), "field",
                            e.getMessage()));
                }
            }
            try {
                records.add(VigilJson.MAPPER.treeToValue(node, Record.class));
            } catch (JacksonException e) {
                String field = JsonErrors.path("", e.getPath()).replaceFirst("^\\.", "");
                throw new InvalidDataException(new Problem(fileName, rows.lineOf(field),
                        "field " + (field.isEmpty() ? "(record)" : field),
                        rows.type.code() + " '" + rows.id + "': " + JsonErrors.message(e)));
            }
        }
        Dataset dataset = Dataset.of(records);
        List<Violation> violations = validator.validate(dataset, existing);
        if (!violations.isEmpty()) {
            throw new InvalidDataException(violations.stream().map(v -> {
                RecordRows rows = byId.get(v.recordId());
                int line = rows == null ? 0 : rows.lineOf(v.field());
                return new Problem(fileName, line, "field " + (v.field().isEmpty() ? "(record)" : v.field()),
                        v.toString() + " [" + v.rule() + "]");
            }).toList());
        }
        return dataset;
    }

    /**
     * Prefixes a value that a spreadsheet would run as a formula (=, +, -, @, tab, carriage return) with
     * an apostrophe, and escapes a leading apostrophe the same way, so opening an export is safe and
     * {@link #restore} gives back the exact value.
     */
    static String defuse(String value) {
        if (!value.isEmpty() && "=+-@\t\r'".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    /** Undoes {@link #defuse}. */
    static String restore(String value) {
        return value.startsWith("'") ? value.substring(1) : value;
    }

    /** The rows of one record, with the line each field came from. */
    private static final class RecordRows {
        final RecordType type;
        final String id;
        final int firstLine;
        final Map<String, Integer> lines = new HashMap<>();
        final List<String[]> values = new ArrayList<>();

        RecordRows(RecordType type, String id, int firstLine) {
            this.type = type;
            this.id = id;
            this.firstLine = firstLine;
        }

        int lineOf(String field) {
            Integer exact = lines.get(field);
            if (exact != null) {
                return exact;
            }
            return values.stream().filter(v -> v[0].startsWith(field)).map(v -> lines.get(v[0]))
                    .findFirst().orElse(firstLine);
        }
    }
}
