package org.vigil.app.web;

import org.vigil.app.web.forms.FieldSpec;
import org.vigil.app.web.forms.FormBinding;
import org.vigil.app.web.forms.FormSchema;
import org.vigil.app.web.forms.RecordKinds;
import org.vigil.app.web.search.SearchPage;
import org.vigil.core.count.Count;
import org.vigil.core.count.CountQualifier;
import org.vigil.core.model.Proceeding;
import org.vigil.core.model.Record;
import org.vigil.core.time.PartialDate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A record's fields as a person reads them: labels in words ("Reported figures 1 › Count"), vocabulary
 * labels instead of codes, counts with their qualifier ("at least 15"), dates in words, other records by
 * their titles with links — never field paths such as {@code tallies[0].count.qualifier}.
 */
final class ReadableFields {

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    /**
     * One line of the record page.
     *
     * @param href where a named record is read, or null
     */
    record Line(String label, String value, String href) {
    }

    private final FormSchema schema;
    private final RecordTitles titles;
    private final Function<String, Optional<Record>> lookup;

    ReadableFields(FormSchema schema, RecordTitles titles, Function<String, Optional<Record>> lookup) {
        this.schema = schema;
        this.titles = titles;
        this.lookup = lookup;
    }

    /** The lines of a record, in the order of its fields; confidentiality is left to the page's heading. */
    List<Line> of(Record r) {
        Map<String, String> values = FormBinding.valuesOf(r);
        Map<String, FieldSpec> index = schema.index(r.recordType());
        List<Line> lines = new ArrayList<>();
        Set<String> countsDone = new HashSet<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            String path = e.getKey();
            String bare = INDEX.matcher(path).replaceAll("");
            if (bare.equals("confidentiality") || bare.equals("step.kind")) {
                continue;
            }
            int dot = path.lastIndexOf('.');
            String parent = dot < 0 ? "" : path.substring(0, dot);
            FieldSpec parentSpec = dot < 0 ? null : index.get(INDEX.matcher(parent).replaceAll(""));
            if (parentSpec != null && parentSpec.kind() == FieldSpec.Kind.COUNT) {
                if (countsDone.add(parent)) {
                    lines.add(new Line(label(parent, index, values), count(values, parent), null));
                }
                continue;
            }
            FieldSpec spec = index.get(bare);
            boolean plainList = spec != null && (spec.kind() == FieldSpec.Kind.MULTI_CHOICE
                    || (spec.kind() == FieldSpec.Kind.LIST && spec.item() != null && spec.item().refs().isEmpty()));
            if (plainList) {
                // A list of words reads as one line: "Violation categories: Excessive use of force; Impunity".
                String label = label(INDEX.matcher(path).replaceAll("[0]"), index, Map.of());
                Line item = line(label, e.getValue(), spec);
                Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
                if (last != null && last.label().equals(label) && last.href() == null) {
                    lines.set(lines.size() - 1, new Line(label, last.value() + "; " + item.value(), null));
                } else {
                    lines.add(item);
                }
                continue;
            }
            lines.add(line(label(path, index, values), e.getValue(), spec));
        }
        if (r instanceof Proceeding p) {
            lines.add(0, new Line("Step", RecordKinds.stepLabel(p.step().kindCode()), null));
        }
        return lines;
    }

    private Line line(String label, String value, FieldSpec spec) {
        if (spec == null) {
            return new Line(label, value, null);
        }
        FieldSpec item = spec.kind() == FieldSpec.Kind.LIST && spec.item() != null ? spec.item() : spec;
        if (!item.refs().isEmpty()) {
            Optional<Record> named = lookup.apply(value);
            return named.map(n -> new Line(label, titles.of(n), SearchPage.readablePage(n)))
                    .orElse(new Line(label, "(record not available)", null));
        }
        return switch (item.kind()) {
            case CHOICE, MULTI_CHOICE -> new Line(label, item.options().stream().filter(o -> o.code().equals(value))
                    .map(FieldSpec.Option::label).findFirst().orElse(value.replace('_', ' ')), null);
            case DATE -> new Line(label, dateWords(value), null);
            case BOOLEAN -> new Line(label, Boolean.parseBoolean(value) ? "yes" : "no", null);
            default -> new Line(label, value, null);
        };
    }

    private static String dateWords(String value) {
        try {
            return PartialDate.parse(value).toEnglish();
        } catch (IllegalArgumentException e) {
            return value;
        }
    }

    private static String count(Map<String, String> values, String prefix) {
        String number = values.getOrDefault(prefix + ".value", "");
        try {
            CountQualifier q = CountQualifier.fromCode(values.getOrDefault(prefix + ".qualifier", "exactly"));
            return new Count(Long.parseLong(number), q).toString();
        } catch (IllegalArgumentException e) {
            return number;
        }
    }

    /** "tallies[1].count" → "Tallies 2 › Count"; a list's number only where it has more than one item. */
    private static String label(String path, Map<String, FieldSpec> index, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        StringBuilder bare = new StringBuilder();
        StringBuilder raw = new StringBuilder();
        for (String segment : path.split("\\.")) {
            Matcher m = INDEX.matcher(segment);
            String name = m.replaceAll("");
            if (!bare.isEmpty()) {
                bare.append('.');
                raw.append('.');
            }
            bare.append(name);
            raw.append(name);
            FieldSpec spec = index.get(bare.toString());
            String words = spec != null ? spec.label() : words(name);
            if (spec != null && spec.kind() == FieldSpec.Kind.VARIANT) {
                // The step's kind is named by the "Step" line; its details need no prefix.
                continue;
            }
            int dot = bare.lastIndexOf(".");
            FieldSpec above = dot < 0 ? null : index.get(bare.substring(0, dot));
            if (above != null && above.kind() == FieldSpec.Kind.VARIANT) {
                // "arrest" in step.arrest.place is the step's kind, not a field.
                continue;
            }
            Matcher number = INDEX.matcher(segment);
            if (number.find()) {
                String list = raw.toString();
                int n = Integer.parseInt(number.group(1));
                raw.append('[').append(n).append(']');
                boolean several = values.keySet().stream().anyMatch(k -> k.startsWith(list + "[1]"));
                if (several) {
                    words = words + " " + (n + 1);
                }
            }
            if (!out.isEmpty()) {
                out.append(" › ");
            }
            out.append(words);
        }
        return out.isEmpty() ? words(path) : out.toString();
    }

    private static String words(String camel) {
        String spaced = camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? camel : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
