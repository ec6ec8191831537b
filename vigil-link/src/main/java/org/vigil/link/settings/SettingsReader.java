package org.vigil.link.settings;

import org.vigil.core.dataset.InvalidDataException;
import org.vigil.core.dataset.Problem;
import org.vigil.link.compare.ComparisonKind;
import org.vigil.link.internal.compare.FieldComparison;
import org.vigil.link.internal.settings.SettingsDocument;
import org.vigil.link.internal.settings.SettingsKeys;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and writes settings files (see docs/link.md for every key). Unknown keys, wrong types and
 * inconsistent values are errors that name the file, line, column and key.
 */
public final class SettingsReader {

    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private SettingsReader() {
    }

    /** Settings read from a file, plus the id column the file names (if any). */
    public record Loaded(LinkSettings settings, Optional<String> idColumn) {
    }

    /** Reads a settings file. */
    public static Loaded read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidDataException(new Problem(file.toString(), 0, "",
                    "cannot read the settings file (" + e.getMessage() + "): check the path"));
        }
        return read(text, file.toString());
    }

    /** Reads settings from JSON text; {@code fileName} is used in error messages. */
    public static Loaded read(String json, String fileName) {
        List<Problem> unknown = SettingsKeys.unknown(json, fileName);
        if (!unknown.isEmpty()) {
            throw new InvalidDataException(unknown);
        }
        SettingsDocument doc;
        try {
            doc = MAPPER.readValue(json, SettingsDocument.class);
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            throw new InvalidDataException(problem(fileName, e, "unknown key '" + e.getPropertyName()
                    + "': check its spelling; known keys here are " + known));
        } catch (JacksonException e) {
            throw new InvalidDataException(problem(fileName, e, "not valid settings JSON: "
                    + e.getOriginalMessage() + "; see docs/link.md for the format"));
        }
        if (doc == null) {
            throw new InvalidDataException(new Problem(fileName, 1, "$", "the settings file is empty: give a JSON object"));
        }
        return new Loaded(toSettings(doc, fileName), Optional.ofNullable(doc.idColumn()).filter(s -> !s.isBlank()));
    }

    private static Problem problem(String fileName, JacksonException e, String message) {
        TokenStreamLocation loc = e.getLocation();
        int line = loc == null ? 0 : loc.getLineNr();
        StringBuilder path = new StringBuilder("$");
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                path.append('.').append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        String where = path.toString();
        String column = loc == null || loc.getColumnNr() <= 0 ? "" : "column " + loc.getColumnNr();
        return new Problem(fileName, Math.max(line, 0), column.isEmpty() ? where : column + ", " + where, message);
    }

    private static LinkSettings toSettings(SettingsDocument doc, String file) {
        List<Problem> problems = new ArrayList<>();
        LinkSettings base = LinkSettings.defaults(List.of(), List.of());
        List<FieldSettings> fields = new ArrayList<>();
        Set<String> names = new HashSet<>();
        List<SettingsDocument.FieldDocument> fieldDocs = doc.fields() == null ? List.of() : doc.fields();
        if (fieldDocs.isEmpty()) {
            problems.add(new Problem(file, 0, "$.fields", "no fields: list the compared fields, e.g. "
                    + "[{\"name\": \"surname\", \"column\": \"surname\", \"kind\": \"name\"}]"));
        }
        for (int i = 0; i < fieldDocs.size(); i++) {
            SettingsDocument.FieldDocument f = fieldDocs.get(i);
            String at = "$.fields[" + i + "]";
            if (f == null) {
                problems.add(new Problem(file, 0, at, "empty field: give name, column(s) and kind"));
                continue;
            }
            List<String> columns = new ArrayList<>();
            if (f.column() != null) {
                columns.add(f.column());
            }
            if (f.columns() != null) {
                columns.addAll(f.columns());
            }
            String name = f.name() != null ? f.name() : columns.isEmpty() ? "" : columns.get(0);
            if (name.isBlank()) {
                problems.add(new Problem(file, 0, at + ".name", "missing: give the field a name"));
                continue;
            }
            if (!names.add(name)) {
                problems.add(new Problem(file, 0, at + ".name", "field '" + name + "' is defined twice: rename one"));
            }
            if (columns.isEmpty()) {
                problems.add(new Problem(file, 0, at + ".column", "field '" + name
                        + "' reads no column: give \"column\" or \"columns\""));
            }
            Optional<ComparisonKind> kind = f.kind() == null ? Optional.empty() : ComparisonKind.fromSettingsName(f.kind());
            if (kind.isEmpty()) {
                problems.add(new Problem(file, 0, at + ".kind", "field '" + name + "': kind '" + f.kind()
                        + "' is unknown: use one of " + ComparisonKind.allSettingsNames()));
                continue;
            }
            boolean tf = f.termFrequency() != null ? f.termFrequency()
                    : kind.get() == ComparisonKind.NAME || kind.get() == ComparisonKind.PERSON_NAME;
            fields.add(new FieldSettings(name, columns, kind.get(), tf));
        }
        List<BlockingRule> rules = new ArrayList<>();
        List<List<String>> blockDocs = doc.blocking() == null ? List.of() : doc.blocking();
        if (blockDocs.isEmpty()) {
            problems.add(new Problem(file, 0, "$.blocking", "no blocking rules: give at least one, e.g. "
                    + "[[\"surname:key\", \"birth_date:year\"]]"));
        }
        for (int i = 0; i < blockDocs.size(); i++) {
            List<String> keys = blockDocs.get(i);
            if (keys == null || keys.isEmpty()) {
                problems.add(new Problem(file, 0, "$.blocking[" + i + "]", "empty rule: list keys as field:transform"));
                continue;
            }
            for (int k = 0; k < keys.size(); k++) {
                checkKey(keys.get(k), fields, file, "$.blocking[" + i + "][" + k + "]", problems);
            }
            rules.add(new BlockingRule(keys));
        }
        List<BlockingRule> training = new ArrayList<>();
        List<List<String>> trainingDocs = doc.training() == null ? List.of() : doc.training();
        for (int i = 0; i < trainingDocs.size(); i++) {
            List<String> keys = trainingDocs.get(i);
            if (keys == null || keys.isEmpty()) {
                problems.add(new Problem(file, 0, "$.training[" + i + "]", "empty rule: list keys as field:transform"));
                continue;
            }
            for (int k = 0; k < keys.size(); k++) {
                checkKey(keys.get(k), fields, file, "$.training[" + i + "][" + k + "]", problems);
            }
            training.add(new BlockingRule(keys));
        }
        int trainingPairs = positive(doc.trainingPairs(), base.trainingPairs(), "$.trainingPairs", file, problems);
        LinkMode mode = base.mode();
        if (doc.mode() != null) {
            try {
                mode = LinkMode.fromSettingsName(doc.mode());
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(file, 0, "$.mode", e.getMessage()));
            }
        }
        double threshold = doc.threshold() == null ? base.threshold() : doc.threshold();
        checkProbability(threshold, "$.threshold", file, problems);
        double cohesion = doc.cohesion() == null ? base.cohesion() : doc.cohesion();
        checkProbability(cohesion, "$.cohesion", file, problems);
        double lower = base.reviewLower();
        double upper = Math.max(base.reviewUpper(), threshold);
        if (doc.reviewBand() != null) {
            if (doc.reviewBand().size() != 2 || doc.reviewBand().get(0) >= doc.reviewBand().get(1)) {
                problems.add(new Problem(file, 0, "$.reviewBand", "give two probabilities, lower first, e.g. [0.2, 0.9]"));
            } else {
                lower = doc.reviewBand().get(0);
                upper = doc.reviewBand().get(1);
                checkProbability(lower, "$.reviewBand[0]", file, problems);
                checkProbability(upper, "$.reviewBand[1]", file, problems);
            }
        }
        int reviewLimit = positive(doc.reviewLimit(), base.reviewLimit(), "$.reviewLimit", file, problems);
        int sample = positive(doc.uSampleSize(), base.uSampleSize(), "$.uSampleSize", file, problems);
        int iterations = positive(doc.emIterations(), base.emIterations(), "$.emIterations", file, problems);
        long maxPairs = doc.maxPairs() == null ? base.maxPairs() : doc.maxPairs();
        if (maxPairs <= 0) {
            problems.add(new Problem(file, 0, "$.maxPairs", maxPairs + " is not a positive number of pairs"));
        }
        int maxBlockSize = doc.maxBlockSize() == null ? 0 : doc.maxBlockSize();
        if (maxBlockSize < 0 || maxBlockSize == 1) {
            problems.add(new Problem(file, 0, "$.maxBlockSize", maxBlockSize
                    + " is not a block size: give at least 2 records, or 0 for no limit"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDataException(problems);
        }
        return new LinkSettings(fields, rules, training, trainingPairs, doc.ignoreColumns() == null ? List.of() : doc.ignoreColumns(),
                doc.missingValues() == null ? base.missingValues() : doc.missingValues(), mode,
                Optional.ofNullable(doc.sourceColumn()).filter(s -> !s.isBlank()), threshold, cohesion, lower, upper,
                reviewLimit, doc.seed() == null ? base.seed() : doc.seed(), sample, iterations, maxPairs, maxBlockSize);
    }

    private static void checkKey(String key, List<FieldSettings> fields, String file, String at, List<Problem> problems) {
        String field = BlockingRule.fieldOf(key);
        String transform = BlockingRule.transformOf(key);
        Optional<FieldSettings> f = fields.stream().filter(x -> x.name().equals(field)).findFirst();
        if (f.isEmpty()) {
            problems.add(new Problem(file, 0, at, "blocking key '" + key + "' names no field: use one of "
                    + fields.stream().map(FieldSettings::name).collect(Collectors.joining(", "))));
            return;
        }
        List<String> allowed = FieldComparison.of(f.get().kind()).blockingTransforms();
        if (!allowed.contains(transform)) {
            problems.add(new Problem(file, 0, at, "blocking key '" + key + "': a " + f.get().kind().settingsName()
                    + " field has no transform '" + transform + "'; use one of " + String.join(", ", allowed)));
        }
    }

    private static void checkProbability(double p, String at, String file, List<Problem> problems) {
        if (!(p > 0 && p < 1)) {
            problems.add(new Problem(file, 0, at, p + " is not a probability strictly between 0 and 1"));
        }
    }

    private static int positive(Integer value, int fallback, String at, String file, List<Problem> problems) {
        if (value == null) {
            return fallback;
        }
        if (value <= 0) {
            problems.add(new Problem(file, 0, at, value + " must be a positive whole number"));
        }
        return value;
    }

    /** The settings as a settings file, so that a chosen or inferred configuration can be saved and reused. */
    public static String write(LinkSettings s, Optional<String> idColumn) {
        List<SettingsDocument.FieldDocument> fields = new ArrayList<>();
        for (FieldSettings f : s.fields()) {
            boolean one = f.columns().size() == 1;
            fields.add(new SettingsDocument.FieldDocument(f.name(), one ? f.columns().get(0) : null,
                    one ? null : f.columns(), f.kind().settingsName(), f.termFrequency()));
        }
        List<List<String>> blocking = new ArrayList<>();
        for (BlockingRule r : s.blocking()) {
            blocking.add(r.keys());
        }
        List<List<String>> training = new ArrayList<>();
        for (BlockingRule r : s.training()) {
            training.add(r.keys());
        }
        SettingsDocument doc = new SettingsDocument(null, idColumn.orElse(null), s.sourceColumn().orElse(null),
                s.mode().settingsName(), s.ignoreColumns(), s.missingValues(), fields, blocking,
                training.isEmpty() ? null : training, s.trainingPairs(), s.threshold(),
                s.cohesion(), List.of(s.reviewLower(), s.reviewUpper()), s.reviewLimit(), s.seed(), s.uSampleSize(),
                s.emIterations(), s.maxPairs(), s.maxBlockSize() == 0 ? null : s.maxBlockSize());
        return MAPPER.writeValueAsString(doc);
    }
}
