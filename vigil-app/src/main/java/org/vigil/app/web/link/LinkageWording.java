package org.vigil.app.web.link;

import org.vigil.core.time.PartialDate;

import java.util.Locale;
import java.util.Map;

/**
 * The words a reviewer reads for the linker's fields, comparison levels, values and weights: the engine
 * speaks of "jaro-winkler &gt;= 0.92" and "birth_date", a person of "similar spelling" and "Birth date".
 */
public final class LinkageWording {

    private static final Map<String, String> FIELDS = Map.of("name", "Name", "birth_date", "Birth date",
            "sex", "Sex", "nationality", "Nationality");

    private static final Map<String, String> LEVELS = Map.ofEntries(
            Map.entry("missing", "missing (counts neither way)"),
            Map.entry("exact", "agrees exactly"),
            Map.entry("different", "different"),
            Map.entry("same spelling key", "same name, another spelling"),
            Map.entry("one typo", "one typing error apart"),
            Map.entry("jaro-winkler >= 0.92", "similar spelling"),
            Map.entry("jaro-winkler >= 0.90", "similar spelling"),
            Map.entry("jaro-winkler >= 0.88", "similar spelling"),
            Map.entry("jaro-winkler >= 0.80", "somewhat similar spelling"),
            Map.entry("jaro-winkler >= 0.75", "somewhat similar spelling"),
            Map.entry("initial agrees", "initial agrees"),
            Map.entry("same words and patronymic", "agrees exactly (all words)"),
            Map.entry("same words, order or patronymic may differ", "same words, in another order or without patronymic"),
            Map.entry("same words with spelling variants", "similar spelling (same words in another spelling or script)"),
            Map.entry("surname agrees, other names as initials", "surname agrees, other names only as initials"),
            Map.entry("one word agrees, others differ", "only one word agrees"),
            Map.entry("same day", "same date"),
            Map.entry("one edit", "one character apart"),
            Map.entry("two edits", "two characters apart"));

    private LinkageWording() {
    }

    /** A field's name as a heading ("Birth date" for {@code birth_date}). */
    public static String field(String name) {
        String known = FIELDS.get(name);
        if (known != null) {
            return known;
        }
        String words = name.replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** How far two values agree, in words ("similar spelling" for a Jaro–Winkler level). */
    public static String level(String level) {
        return LEVELS.getOrDefault(level, level);
    }

    /** A value as a reader expects it: countries by name, dates in words, "not recorded" for nothing. */
    public static String value(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return "not recorded";
        }
        if (field.equals("nationality") && raw.length() == 2) {
            String country = new Locale("", raw.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
            return country.isEmpty() || country.equalsIgnoreCase(raw) ? raw : country;
        }
        if (field.equals("birth_date")) {
            try {
                return PartialDate.parse(raw).toEnglish();
            } catch (RuntimeException notIso) {
                return raw;
            }
        }
        return raw;
    }

    /** A weight of evidence in bits, with the direction it points. */
    public static String evidence(double bits) {
        if (Math.abs(bits) < 0.005) {
            return "neutral";
        }
        return String.format(Locale.ROOT, "%+.1f %s", bits, bits > 0 ? "for the same person" : "against");
    }
}
