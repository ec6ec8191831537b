package org.vigil.core.count;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a figure was stated: exactly, at least, more than, approximately or up to. */
public enum CountQualifier {
    EXACTLY("exactly", ""),
    AT_LEAST("at_least", "at least"),
    MORE_THAN("more_than", "more than"),
    APPROXIMATELY("approximately", "approximately"),
    UP_TO("up_to", "up to");

    private final String code;
    private final String phrase;

    CountQualifier(String code, String phrase) {
        this.code = code;
        this.phrase = phrase;
    }

    /** The code used in data files: {@code at_least}. */
    @JsonValue
    public String code() {
        return code;
    }

    /** The English words placed before the number ("at least"); empty for an exact figure. */
    public String phrase() {
        return phrase;
    }

    /** Reads a code ({@code at_least}) or its English words ("at least"). */
    @JsonCreator
    public static CountQualifier fromCode(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        for (CountQualifier q : values()) {
            if (q.code.equals(t)) {
                return q;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a count qualifier: use one of "
                + Arrays.stream(values()).map(CountQualifier::code).collect(Collectors.joining(", ")));
    }
}
