package org.vigil.app.web.forms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a form template needs: current values and errors by path, and how many rows each list shows. */
public final class FormView {

    private final Map<String, String> values;
    private final Map<String, String> errors;
    private final Function<String, String> labels;
    private final Map<String, String> chosen;

    /** A view of values and errors, with field paths shown as they are. */
    public FormView(Map<String, String> values, Map<String, String> errors) {
        this(values, errors, Function.identity(), Map.of());
    }

    /**
     * A view of values and errors.
     *
     * @param labels the label a person reads for a field path
     * @param chosen the label of each record a reference field names, by id
     */
    public FormView(Map<String, String> values, Map<String, String> errors, Function<String, String> labels,
                    Map<String, String> chosen) {
        this.values = Map.copyOf(values);
        this.errors = new LinkedHashMap<>(errors);
        this.labels = labels;
        this.chosen = Map.copyOf(chosen);
    }

    /** The label of a field path ("Names 1 › Script"), for the list of errors at the top. */
    public String label(String path) {
        return labels.apply(path);
    }

    /** The label of the record a reference field holds ("Beating of …, March 2013"), or "". */
    public String chosen(String path) {
        return chosen.getOrDefault(value(path), "");
    }

    /** The path of a child field. */
    public String path(String prefix, String name) {
        if (name.isEmpty()) {
            return prefix;
        }
        return prefix.isEmpty() ? name : prefix + "." + name;
    }

    /** The current value at a path, or "". */
    public String value(String path) {
        return values.getOrDefault(path, "");
    }

    /** True when anything under a path has a value or an error (an optional group then opens). */
    public boolean hasAny(String path) {
        return values.keySet().stream().anyMatch(k -> k.startsWith(path + ".") || k.startsWith(path + "["))
                || errors.keySet().stream().anyMatch(k -> k.equals(path) || k.startsWith(path + "."));
    }

    /** True when a boolean field is set. */
    public boolean checked(String path) {
        return "true".equals(values.get(path));
    }

    /** True when a multi-choice field holds a code. */
    public boolean hasCode(String path, String code) {
        Pattern item = Pattern.compile(Pattern.quote(path) + "\\[\\d+]");
        return values.entrySet().stream().anyMatch(e -> item.matcher(e.getKey()).matches() && e.getValue().equals(code));
    }

    /** The error at a path, or "". */
    public String error(String path) {
        return errors.getOrDefault(path, "");
    }

    /** True when there is an error at a path. */
    public boolean hasError(String path) {
        return errors.containsKey(path);
    }

    /** Errors that belong to no shown field (shown at the top). */
    public Map<String, String> errors() {
        return Collections.unmodifiableMap(errors);
    }

    /** The row indices a list shows: its items, then blank rows to add more. */
    public List<Integer> rows(String path, int blanks) {
        Pattern item = Pattern.compile(Pattern.quote(path) + "\\[(\\d+)](\\..*)?");
        int max = -1;
        for (String key : values.keySet()) {
            Matcher m = item.matcher(key);
            if (m.matches()) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
            }
        }
        return rows(max + 1 + blanks);
    }

    /** The row indices a list shows: its items and blank rows, at least {@code minimum} rows in all. */
    public List<Integer> rows(String path, int blanks, int minimum) {
        return rows(Math.max(rows(path, blanks).size(), minimum));
    }

    private static List<Integer> rows(int count) {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(i);
        }
        return rows;
    }

    /** The chosen kind of a variant field. */
    public String variant(String path) {
        return values.getOrDefault(path + ".kind", "");
    }

    /** The HTML id of a path. */
    public String id(String path) {
        return FieldSpec.htmlId(path);
    }
}
