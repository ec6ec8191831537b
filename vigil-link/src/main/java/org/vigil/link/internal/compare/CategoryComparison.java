package org.vigil.link.internal.compare;

import org.vigil.link.compare.ComparisonKind;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Compares values from a small set (state, sex), which either agree or not. */
public final class CategoryComparison implements FieldComparison {

    private static final List<String> LEVELS = List.of("exact", "different");

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
        return FieldComparison.joined(raw).map(s -> s.toLowerCase(Locale.ROOT));
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
