package org.vigil.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How far a source is trusted, as a researcher assesses it. */
public enum Reliability {
    HIGH, MEDIUM, LOW, UNKNOWN;

    /** The code in data files. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code high}, {@code medium}, {@code low} or {@code unknown}. */
    @JsonCreator
    public static Reliability fromCode(String code) {
        for (Reliability r : values()) {
            if (r.code().equals(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not a reliability: use high, medium, low or unknown");
    }
}
