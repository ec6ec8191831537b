package org.vigil.core.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** A single human being, or a group recorded as one victim ("37 defendants"). */
public enum PersonKind {
    INDIVIDUAL, GROUP;

    /** The code in data files. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code individual} or {@code group}. */
    @JsonCreator
    public static PersonKind fromCode(String code) {
        for (PersonKind k : values()) {
            if (k.code().equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not a person kind: use individual or group");
    }
}
