package org.vigil.link.internal.compare;

import org.vigil.link.compare.ComparisonKind;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Compares identifiers and codes, where a copying error changes, drops or swaps one or two characters. */
public final class IdentifierComparison implements FieldComparison {

    private static final List<String> LEVELS = List.of("exact", "one edit", "two edits", "different");

    @Override
    public ComparisonKind kind() {
        return ComparisonKind.IDENTIFIER;
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public Optional<Object> prepare(List<String> raw) {
        Optional<String> text = FieldComparison.joined(raw);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder s = new StringBuilder();
        for (char c : text.get().toUpperCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                s.append(c);
            }
        }
        return s.length() == 0 ? Optional.empty() : Optional.of(s.toString());
    }

    @Override
    public int compare(Object a, Object b) {
        String x = (String) a;
        String y = (String) b;
        if (x.equals(y)) {
            return 0;
        }
        int d = StringSimilarity.editDistance(x, y, 2);
        return d <= 1 ? 1 : d == 2 ? 2 : 3;
    }

    @Override
    public String frequencyKey(Object prepared) {
        return (String) prepared;
    }

    @Override
    public List<String> blockingTransforms() {
        return List.of("exact", "prefix3", "suffix3");
    }

    @Override
    public List<String> blockingKeys(Object prepared, String transform) {
        return FieldComparison.stringKeys((String) prepared, transform);
    }
}
