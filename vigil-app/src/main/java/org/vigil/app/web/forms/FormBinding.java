package org.vigil.app.web.forms;

import org.vigil.core.dataset.Dataset;
import org.vigil.core.dataset.DatasetValidator;
import org.vigil.core.dataset.Violation;
import org.vigil.core.json.FieldPaths;
import org.vigil.core.json.VigilJson;
import org.vigil.core.model.Record;
import org.vigil.core.model.RecordType;
import org.vigil.core.time.DatePhrase;
import org.vigil.core.time.PartialDate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a submitted record form into a record, or into errors keyed by field path. Blank inputs mean
 * "absent"; list rows left empty disappear and the others are renumbered; dates may be typed in ISO
 * form or in words ("late January 2012").
 */
public final class FormBinding {

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private final FormSchema schema;
    private final DatasetValidator validator;

    /** Binding with a form schema and the model's rules. */
    public FormBinding(FormSchema schema, DatasetValidator validator) {
        this.schema = schema;
        this.validator = validator;
    }

    /**
     * The outcome of binding.
     *
     * @param record the record, when the form is valid
     * @param values the submitted values by (renumbered) path, to show the form again
     * @param errors messages by path; "" for the whole record
     */
    public record Result(Optional<Record> record, Map<String, String> values, Map<String, String> errors) {
    }

    /** Binds submitted parameters (multi-valued for check boxes) to a record of a type with an id. */
    public Result bind(RecordType type, String id, Map<String, String[]> params,
                       Function<String, Optional<RecordType>> existing) {
        Map<String, FieldSpec> index = schema.index(type);
        Map<String, String> errors = new LinkedHashMap<>();
        String variantKind = first(params, "step.kind");
        Map<String, Object> tree = new TreeMap<>();
        Map<String, String> unreadDates = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> p : params.entrySet()) {
            String name = p.getKey();
            if (name.equals("_csrf") || name.equals("id") || name.equals("baseVersion") || name.equals("step.kind")
                    || name.equals("for")) {
                continue;
            }
            String path = name;
            if (path.startsWith("step.")) {
                // Only the chosen kind's inputs count; "step.sentence.term.years" becomes "step.term.years".
                String prefix = "step." + variantKind + ".";
                if (variantKind.isEmpty() || !path.startsWith(prefix)) {
                    continue;
                }
                path = "step." + path.substring(prefix.length());
            }
            FieldSpec spec = index.get(normalise(name));
            String[] raw = p.getValue();
            if (name.endsWith(".qualifier") && blank(params, name.substring(0, name.length() - ".qualifier".length())
                    + ".value")) {
                // A count's "stated as" without a number is not a count.
                continue;
            }
            if (spec != null && spec.kind() == FieldSpec.Kind.MULTI_CHOICE) {
                for (int i = 0; i < raw.length; i++) {
                    put(tree, path + "[" + i + "]", raw[i]);
                }
                continue;
            }
            String value = raw.length == 0 ? "" : raw[0].strip();
            if (value.isEmpty()) {
                continue;
            }
            if (spec != null && spec.kind() == FieldSpec.Kind.DATE) {
                Optional<String> date = normaliseDate(value);
                if (date.isEmpty()) {
                    // Not put into the record, so that the other fields are still checked and all
                    // mistakes are shown at once; the typed text is shown again beside its message.
                    unreadDates.put(path, value);
                    continue;
                }
                value = date.get();
            }
            put(tree, path, value);
        }
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("type", type.code());
        node.put("id", id);
        if (!variantKind.isEmpty()) {
            node.putObject("step").put("kind", variantKind);
        }
        Map<String, String> flat = new LinkedHashMap<>();
        emit("", tree, flat);
        flat.forEach((path, value) -> FieldPaths.set(node, path, value));
        Map<String, String> values = new LinkedHashMap<>(flat);
        values.putAll(unreadDates);
        unreadDates.forEach((path, text) -> errors.put(displayPath(path, variantKind), "‘" + text
                + "’ is not a date Vigil can read: write 2012, January 2012, 23 January 2012 or late January 2012"));
        if (!variantKind.isEmpty()) {
            values.put("step.kind", variantKind);
            Map<String, String> renamed = new LinkedHashMap<>();
            values.forEach((k, v) -> renamed.put(k.startsWith("step.") && !k.equals("step.kind")
                    ? "step." + variantKind + "." + k.substring(5) : k, v));
            values = renamed;
        }
        Record record;
        try {
            record = VigilJson.MAPPER.treeToValue(node, Record.class);
        } catch (JacksonException e) {
            String path = pathOf(e);
            errors.put(displayPath(path, variantKind), message(e));
            return new Result(Optional.empty(), values, errors);
        }
        List<Violation> violations = validator.validate(Dataset.of(List.of(record)), existing);
        for (Violation v : violations) {
            String field = v.field().equals("id") ? "id" : displayPath(v.field(), variantKind);
            errors.merge(field, plain(type, v), (a, b) -> a + "; " + b);
        }
        return errors.isEmpty() ? new Result(Optional.of(record), values, errors)
                : new Result(Optional.empty(), values, errors);
    }

    /**
     * A rule's message in the words of the form: the field is shown beside it, so "names[0].value is
     * required and must not be blank" becomes "required: fill this in", and any other path in the
     * message becomes the field's label.
     */
    private String plain(RecordType type, Violation v) {
        if (v.rule().equals("required") && !v.field().isEmpty()) {
            return v.message().contains("give the id") ? "required: choose one from the list"
                    : v.message().startsWith(v.field() + " is required") ? "required: fill this in" : v.message();
        }
        if (v.field().isEmpty() || !v.message().contains(v.field())) {
            return v.message();
        }
        return v.message().replace(v.field(), "‘" + schema.labelOf(type, v.field()) + "’");
    }

    /** Accepts "2012-01-23" and also "23 January 2012" or "late January 2012"; a year is needed in words. */
    static Optional<String> normaliseDate(String text) {
        try {
            return Optional.of(PartialDate.parse(text).toString());
        } catch (IllegalArgumentException notIso) {
            if (!text.matches(".*\\d{4}.*")) {
                return Optional.empty();
            }
            return DatePhrase.parse(text, Year.now().getValue()).map(PartialDate::toString);
        }
    }

    private static String displayPath(String path, String variantKind) {
        if (!variantKind.isEmpty() && path.startsWith("step.")) {
            return "step." + variantKind + "." + path.substring(5);
        }
        return path.equals("step") && !variantKind.isEmpty() ? "step.kind" : path;
    }

    private static String pathOf(JacksonException e) {
        StringBuilder s = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                s.append(s.length() == 0 ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex()).append(']');
            }
        }
        return s.toString();
    }

    private static String message(JacksonException e) {
        if (e instanceof PropertyBindingException p) {
            return "unknown field '" + p.getPropertyName() + "'";
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage() != null ? root.getMessage() : e.getOriginalMessage();
        return m == null ? "invalid value" : m.replaceAll("`?[a-z]+(\\.[a-z]+)+\\.([A-Za-z]+)`?", "$2")
                .replaceAll("\\s*\\(through reference chain.*", "").strip();
    }

    /** A path with its list indices removed: {@code names[2].value} → {@code names.value}. */
    static String normalise(String path) {
        return INDEX.matcher(path).replaceAll("");
    }

    private static boolean blank(Map<String, String[]> params, String name) {
        String[] v = params.get(name);
        return v == null || v.length == 0 || v[0].isBlank();
    }

    private static String first(Map<String, String[]> params, String name) {
        String[] v = params.get(name);
        return v == null || v.length == 0 ? "" : v[0].strip();
    }

    /** Puts a value into a nested map in which list indices are TreeMap keys, so gaps can be closed later. */
    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> tree, String path, String value) {
        Map<Object, Object> current = (Map<Object, Object>) (Map<?, ?>) tree;
        String[] segments = path.split("\\.");
        for (int s = 0; s < segments.length; s++) {
            String segment = segments[s];
            Matcher m = INDEX.matcher(segment);
            String name = m.find() ? segment.substring(0, m.start()) : segment;
            m.reset();
            List<Integer> indices = new ArrayList<>();
            while (m.find()) {
                indices.add(Integer.parseInt(m.group(1)));
            }
            boolean last = s == segments.length - 1;
            Object key = name;
            for (Integer i : indices) {
                Map<Object, Object> list = (Map<Object, Object>) current.computeIfAbsent(key, k -> new TreeMap<Object, Object>());
                current = list;
                key = i;
            }
            if (last) {
                current.put(key, value);
            } else {
                current = (Map<Object, Object>) current.computeIfAbsent(key, k -> new TreeMap<Object, Object>());
            }
        }
    }

    /** Writes the nested map back to paths, numbering each list's surviving items 0, 1, 2 …. */
    @SuppressWarnings("unchecked")
    private static void emit(String prefix, Map<?, ?> node, Map<String, String> out) {
        int position = 0;
        for (Map.Entry<?, ?> e : node.entrySet()) {
            String path;
            if (e.getKey() instanceof Integer) {
                path = prefix + "[" + position++ + "]";
            } else {
                path = prefix.isEmpty() ? (String) e.getKey() : prefix + "." + e.getKey();
            }
            if (e.getValue() instanceof Map<?, ?> child) {
                emit(path, child, out);
            } else {
                out.put(path, (String) e.getValue());
            }
        }
    }

    /** The values of a stored record by path, for the edit form. */
    public static Map<String, String> valuesOf(Record r) {
        JsonNode tree = VigilJson.MAPPER.valueToTree(r);
        Map<String, String> values = new LinkedHashMap<>(FieldPaths.flatten(tree));
        values.remove("type");
        values.remove("id");
        String kind = values.remove("step.kind");
        if (kind != null) {
            Map<String, String> renamed = new LinkedHashMap<>();
            values.forEach((k, v) -> renamed.put(k.startsWith("step.") ? "step." + kind + "." + k.substring(5) : k, v));
            renamed.put("step.kind", kind);
            return renamed;
        }
        return values;
    }
}
