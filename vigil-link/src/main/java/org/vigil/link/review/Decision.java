package org.vigil.link.review;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** A reviewer's verdict on a pair of records. */
public enum Decision {
    /** The two records are the same person: they always end in one cluster. */
    SAME,
    /** They are different people: they never end in one cluster. */
    DIFFERENT;

    /** The JSON spelling: {@code same}, {@code different}. */
    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads the JSON spelling. */
    @JsonCreator
    public static Decision fromJson(String text) {
        for (Decision d : values()) {
            if (d.jsonName().equalsIgnoreCase(text.strip())) {
                return d;
            }
        }
        throw new IllegalArgumentException("decision '" + text + "' is unknown: use \"same\" or \"different\"");
    }
}
