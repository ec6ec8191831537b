package org.vigil.link.internal.compare;

import org.vigil.core.text.NameSkeleton;
import org.vigil.core.text.Transliteration;
import org.vigil.link.compare.ComparisonKind;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares free text (an address line) or, as a place, a place name with generic words such as
 * "city", "g.", "oblast", "район" removed and spelling variants folded (Zhanaozen / Janaozen).
 */
public final class TextComparison implements FieldComparison {

    private static final List<String> LEVELS = List.of("exact", "jaro-winkler >= 0.90", "jaro-winkler >= 0.75",
            "different");
    /** Words that name the type of a place rather than the place (transliterated Russian, Kazakh, English). */
    private static final Set<String> PLACE_WORDS = Set.of("g", "gor", "gorod", "city", "town", "village", "s",
            "selo", "pos", "poselok", "oblast", "obl", "region", "province", "rayon", "raion", "district", "r n",
            "aul", "kala", "kalasy", "audany", "audan", "oblysy", "of", "the", "rn", "ul", "street");

    private final boolean place;

    /** A comparison of text, or of place names when {@code place}. */
    public TextComparison(boolean place) {
        this.place = place;
    }

    @Override
    public ComparisonKind kind() {
        return place ? ComparisonKind.PLACE : ComparisonKind.TEXT;
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
        if (place) {
            StringBuilder s = new StringBuilder();
            for (String w : ascii.split(" ")) {
                if (!w.isEmpty() && !PLACE_WORDS.contains(w)) {
                    s.append(s.length() == 0 ? "" : " ").append(NameSkeleton.ofAsciiWord(w));
                }
            }
            ascii = s.toString();
        }
        return ascii.isEmpty() ? Optional.empty() : Optional.of(ascii);
    }

    @Override
    public int compare(Object a, Object b) {
        String x = (String) a;
        String y = (String) b;
        if (x.equals(y)) {
            return 0;
        }
        double jw = StringSimilarity.jaroWinkler(x, y);
        return jw >= 0.90 ? 1 : jw >= 0.75 ? 2 : 3;
    }

    @Override
    public String frequencyKey(Object prepared) {
        return (String) prepared;
    }

    @Override
    public List<String> blockingTransforms() {
        return List.of("exact", "prefix3", "firstword");
    }

    @Override
    public List<String> blockingKeys(Object prepared, String transform) {
        String v = (String) prepared;
        if (transform.equals("firstword")) {
            int space = v.indexOf(' ');
            return List.of(space < 0 ? v : v.substring(0, space));
        }
        return FieldComparison.stringKeys(v, transform);
    }
}
