package org.vigil.link.internal.compare;

import org.vigil.link.compare.ComparisonKind;

import java.util.List;
import java.util.Optional;

/**
 * How one field of two records is compared: the field's values are first prepared once per record
 * (normalised, transliterated, parsed), then any two prepared values give a comparison level,
 * 0 being the strongest agreement and the last level outright disagreement.
 */
public sealed interface FieldComparison permits NameComparison, PersonNameComparison, DateComparison,
        TextComparison, IdentifierComparison, CategoryComparison, EmailComparison {

    /** The kind this comparison implements. */
    ComparisonKind kind();

    /** Human-readable labels of the levels, strongest agreement first. */
    List<String> levels();

    /** The prepared value of a record's raw column values, or empty when the value is missing. */
    Optional<Object> prepare(List<String> raw);

    /** The level (index into {@link #levels()}) of two prepared values. */
    int compare(Object a, Object b);

    /**
     * Levels that say both sources are definite and disagree: such a level must never count for a
     * match, however EM fits it (on data full of namesakes it took two different birth dates of the
     * same year for evidence of one person). The last level by default.
     */
    default List<Integer> contradicting() {
        return List.of(levels().size() - 1);
    }

    /** The value whose frequency adjusts an exact agreement (term-frequency adjustment). */
    String frequencyKey(Object prepared);

    /** The blocking transforms this kind supports ({@code exact}, {@code key}, {@code year}, …). */
    List<String> blockingTransforms();

    /** The blocking keys of a prepared value under a transform; several for order-free name words. */
    List<String> blockingKeys(Object prepared, String transform);

    /**
     * A fresh comparison of the given kind. A switch expression without a default, so that a new
     * {@link ComparisonKind} does not compile until it has a comparison here (docs/extending.md).
     */
    static FieldComparison of(ComparisonKind kind) {
        return switch (kind) {
            case NAME -> new NameComparison();
            case PERSON_NAME -> new PersonNameComparison();
            case DATE -> new DateComparison();
            case TEXT -> new TextComparison(false);
            case PLACE -> new TextComparison(true);
            case IDENTIFIER -> new IdentifierComparison();
            case CATEGORY -> new CategoryComparison();
            case EMAIL -> new EmailComparison();
        };
    }

    /** The first non-blank raw value joined with the others by a space, or empty. */
    static Optional<String> joined(List<String> raw) {
        StringBuilder s = new StringBuilder();
        for (String r : raw) {
            String t = r.strip();
            if (!t.isEmpty()) {
                if (s.length() > 0) {
                    s.append(' ');
                }
                s.append(t);
            }
        }
        return s.length() == 0 ? Optional.empty() : Optional.of(s.toString());
    }

    /** The string keys every text-like field offers: the whole value, its first three and last three letters. */
    static List<String> stringKeys(String value, String transform) {
        switch (transform) {
            case "exact":
                return List.of(value);
            case "prefix3":
                return List.of(value.substring(0, Math.min(3, value.length())));
            case "suffix3":
                return List.of(value.substring(Math.max(0, value.length() - 3)));
            default:
                return List.of();
        }
    }
}
