package org.vigil.link.internal.compare;

import org.vigil.link.compare.ComparisonKind;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Compares values from a small set (state, sex), which either agree or not. */
public final class CategoryComparison implements FieldComparison {

    private static final List<String> LEVELS = List.of("exact", "different");
    /**
     * Ways of writing sex that mean the same: one source's "m" and another's "male" agree. Without this a
     * list mixing both forms had sex agree on half its true pairs, and sex told nothing.
     */
    private static final Map<String, String> SAME = Map.ofEntries(
            Map.entry("m", "m"), Map.entry("male", "m"), Map.entry("man", "m"), Map.entry("masculine", "m"),
            Map.entry("м", "m"), Map.entry("муж", "m"), Map.entry("мужской", "m"), Map.entry("ер", "m"),
            Map.entry("f", "f"), Map.entry("female", "f"), Map.entry("woman", "f"), Map.entry("feminine", "f"),
            Map.entry("w", "f"), Map.entry("ж", "f"), Map.entry("жен", "f"), Map.entry("женский", "f"),
            Map.entry("әйел", "f"));

    @Override
    public ComparisonKind kind() {
        return ComparisonKind.CATEGORY;
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public Optional<Object> prepare(List<String> raw) {
        return FieldComparison.joined(raw).map(s -> {
            String v = s.strip().toLowerCase(Locale.ROOT);
            String bare = v.endsWith(".") ? v.substring(0, v.length() - 1) : v;
            return SAME.getOrDefault(bare, v);
        });
    }

    @Override
    public int compare(Object a, Object b) {
        return a.equals(b) ? 0 : 1;
    }

    @Override
    public String frequencyKey(Object prepared) {
        return (String) prepared;
    }

    @Override
    public List<String> blockingTransforms() {
        return List.of("exact");
    }

    @Override
    public List<String> blockingKeys(Object prepared, String transform) {
        return "exact".equals(transform) ? List.of((String) prepared) : List.of();
    }
}
