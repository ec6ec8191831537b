package org.vigil.link.internal.compare;

import org.vigil.link.compare.ComparisonKind;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Compares e-mail addresses: whole address, then the part before the {@code @}, then similarity. */
public final class EmailComparison implements FieldComparison {

    private static final List<String> LEVELS = List.of("exact", "same user name", "jaro-winkler >= 0.88",
            "different");

    @Override
    public ComparisonKind kind() {
        return ComparisonKind.EMAIL;
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public Optional<Object> prepare(List<String> raw) {
        return FieldComparison.joined(raw).map(s -> s.toLowerCase(Locale.ROOT).replace(" ", ""));
    }

    @Override
    public int compare(Object a, Object b) {
        String x = (String) a;
        String y = (String) b;
        if (x.equals(y)) {
            return 0;
        }
        if (user(x).equals(user(y))) {
            return 1;
        }
        return StringSimilarity.jaroWinkler(x, y) >= 0.88 ? 2 : 3;
    }

    private static String user(String email) {
        int at = email.indexOf('@');
        return at < 0 ? email : email.substring(0, at);
    }

    @Override
    public String frequencyKey(Object prepared) {
        return (String) prepared;
    }

    @Override
    public List<String> blockingTransforms() {
        return List.of("exact", "user");
    }

    @Override
    public List<String> blockingKeys(Object prepared, String transform) {
        String v = (String) prepared;
        switch (transform) {
            case "exact":
                return List.of(v);
            case "user":
                return List.of(user(v));
            default:
                return List.of();
        }
    }
}
