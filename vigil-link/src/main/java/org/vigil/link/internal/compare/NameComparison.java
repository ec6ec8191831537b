package org.vigil.link.internal.compare;

import org.apache.commons.codec.language.DoubleMetaphone;
import org.vigil.core.text.NameSkeleton;
import org.vigil.core.text.Transliteration;
import org.vigil.link.compare.ComparisonKind;

import java.util.List;
import java.util.Optional;

/** Compares one name part (given name or surname) written in any script or transliteration. */
public final class NameComparison implements FieldComparison {

    private static final List<String> LEVELS = List.of("exact", "same spelling key", "one typo",
            "jaro-winkler >= 0.92", "jaro-winkler >= 0.80", "initial agrees", "different");
    private static final ThreadLocal<DoubleMetaphone> METAPHONE = ThreadLocal.withInitial(DoubleMetaphone::new);

    /** A prepared name part: its ASCII spelling, spelling key, and whether it is only an initial. */
    record Value(String ascii, String key, boolean initial) {
    }

    @Override
    public ComparisonKind kind() {
        return ComparisonKind.NAME;
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
        String ascii = Transliteration.toAscii(text.get());
        if (ascii.isEmpty()) {
            return Optional.empty();
        }
        String compact = ascii.replace(" ", "");
        return Optional.of(new Value(ascii, NameSkeleton.ofAsciiWord(compact), compact.length() == 1));
    }

    @Override
    public int compare(Object a, Object b) {
        Value x = (Value) a;
        Value y = (Value) b;
        if (x.ascii.equals(y.ascii)) {
            return 0;
        }
        if (x.initial || y.initial) {
            return (x.initial ? y.ascii : x.ascii).startsWith(x.initial ? x.ascii : y.ascii) ? 5 : 6;
        }
        if (x.key.equals(y.key)) {
            return 1;
        }
        if (StringSimilarity.editDistance(x.ascii, y.ascii, 1) <= 1) {
            return 2;
        }
        double jw = StringSimilarity.jaroWinkler(x.ascii, y.ascii);
        return jw >= 0.92 ? 3 : jw >= 0.80 ? 4 : 6;
    }

    @Override
    public String frequencyKey(Object prepared) {
        return ((Value) prepared).ascii;
    }

    @Override
    public List<String> blockingTransforms() {
        return List.of("exact", "key", "metaphone", "initial", "prefix3");
    }

    @Override
    public List<String> blockingKeys(Object prepared, String transform) {
        Value v = (Value) prepared;
        switch (transform) {
            case "exact":
                return List.of(v.ascii);
            case "key":
                return List.of(v.key);
            case "metaphone":
                return v.initial ? List.of() : List.of(METAPHONE.get().doubleMetaphone(v.ascii.replace(" ", "")));
            case "initial":
                return List.of(v.key.substring(0, 1));
            case "prefix3":
                return v.initial ? List.of() : List.of(v.key.substring(0, Math.min(3, v.key.length())));
            default:
                return List.of();
        }
    }
}
