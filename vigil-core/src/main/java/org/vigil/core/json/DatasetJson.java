package org.vigil.core.json;

import tools.jackson.core.JacksonException;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import org.vigil.core.dataset.Dataset;
import org.vigil.core.dataset.DatasetValidator;
import org.vigil.core.dataset.InvalidDataException;
import org.vigil.core.dataset.Problem;
import org.vigil.core.dataset.Violation;
import org.vigil.core.model.RecordType;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads and writes whole data sets as JSON: {@code {"format":"vigil-dataset","version":1,"sources":[…],…}}.
 * Output is canonical (records sorted by id, fields in model order, UTF-8 text unescaped), so an
 * export, imported and exported again, gives the same bytes.
 */
public final class DatasetJson {

    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private DatasetJson() {
    }

    /** The canonical JSON text of a data set. */
    public static String write(Dataset dataset) {
        return VigilJson.MAPPER.writer().with(PRETTY)
                .writeValueAsString(DatasetDocument.of(dataset.sortedById())) + "\n";
    }

    /**
     * Reads and validates a data set file's text; references may point to existing records.
     *
     * @param text      the file's content
     * @param fileName  the name to use in error messages
     * @param validator the rules to check
     * @param existing  the type of an already stored record by id
     * @throws InvalidDataException naming file, line, JSON path and field of every problem
     */
    public static Dataset read(String text, String fileName, DatasetValidator validator,
                               Function<String, Optional<RecordType>> existing) {
        DatasetDocument doc;
        try {
            doc = VigilJson.MAPPER.readValue(text, DatasetDocument.class);
        } catch (JacksonException e) {
            throw new InvalidDataException(new Problem(fileName, JsonErrors.line(e), JsonErrors.path(e),
                    JsonErrors.message(e)));
        }
        if (doc == null) {
            throw new InvalidDataException(new Problem(fileName, 1, "$", "the file is empty: expected a Vigil data set"));
        }
        if (!DatasetDocument.FORMAT.equals(doc.format())) {
            throw new InvalidDataException(new Problem(fileName, 1, "$.format", "format is '" + doc.format()
                    + "' but a Vigil data set has \"format\": \"" + DatasetDocument.FORMAT + "\""));
        }
        if (doc.version() != DatasetDocument.VERSION) {
            throw new InvalidDataException(new Problem(fileName, 1, "$.version", "version " + doc.version()
                    + " is not supported: this Vigil reads version " + DatasetDocument.VERSION));
        }
        Dataset dataset = doc.toDataset();
        List<Violation> violations = validator.validate(dataset, existing);
        if (!violations.isEmpty()) {
            JsonLines lines = JsonLines.of(text);
            throw new InvalidDataException(violations.stream()
                    .map(v -> new Problem(fileName, lines.lineOf(v.jsonPath()), v.jsonPath(),
                            v.message() + " [" + v.rule() + "]"))
                    .toList());
        }
        return dataset;
    }

    /** Reads and validates a self-contained data set. */
    public static Dataset read(String text, String fileName, DatasetValidator validator) {
        return read(text, fileName, validator, id -> Optional.empty());
    }
}
