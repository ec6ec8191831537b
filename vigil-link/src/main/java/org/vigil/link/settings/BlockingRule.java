package org.vigil.link.settings;

import java.util.List;

/**
 * A blocking rule: two records become a candidate pair when they share every key of the rule.
 * Each key is {@code field:transform}, e.g. {@code surname:key} (spelling key) with {@code birth_date:year}.
 *
 * @param keys the rule's keys, all of which must agree
 */
public record BlockingRule(List<String> keys) {

    /** Copies the keys. */
    public BlockingRule {
        keys = List.copyOf(keys);
    }

    /** The field named by a key ({@code surname} in {@code surname:key}). */
    public static String fieldOf(String key) {
        int colon = key.indexOf(':');
        return colon < 0 ? key : key.substring(0, colon);
    }

    /** The transform named by a key ({@code key} in {@code surname:key}; {@code exact} when none). */
    public static String transformOf(String key) {
        int colon = key.indexOf(':');
        return colon < 0 ? "exact" : key.substring(colon + 1);
    }

    /** The rule as written in settings: {@code surname:key & birth_date:year}. */
    @Override
    public String toString() {
        return String.join(" & ", keys);
    }
}
