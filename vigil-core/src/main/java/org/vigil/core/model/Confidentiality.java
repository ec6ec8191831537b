package org.vigil.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Who may see a record: anyone (public), staff (internal), or only users assigned to it (restricted). */
public enum Confidentiality {
    PUBLIC, INTERNAL, RESTRICTED;

    /** The code used in data files: {@code public}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code public}, {@code internal} or {@code restricted}. */
    @JsonCreator
    public static Confidentiality fromCode(String code) {
        for (Confidentiality c : values()) {
            if (c.code().equals(code)) {
                return c;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not a confidentiality level: use public, internal or restricted");
    }

    /** True when this level is at least as strict as the other. */
    public boolean atLeast(Confidentiality other) {
        return compareTo(other) >= 0;
    }
}
