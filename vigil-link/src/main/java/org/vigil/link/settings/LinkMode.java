package org.vigil.link.settings;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Which pairs of records may be the same person. */
public enum LinkMode {
    /** Any two records (one list with duplicates). */
    DEDUPE,
    /** Only records from different sources (each source lists a person once, as FEBRL 4a and 4b). */
    LINK_ONLY,
    /** Any two records, across sources and within each. */
    LINK_AND_DEDUPE;

    /** The settings-file spelling: {@code link_only}. */
    @JsonValue
    public String settingsName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads the settings-file spelling, ignoring case. */
    @JsonCreator
    public static LinkMode fromSettingsName(String name) {
        for (LinkMode m : values()) {
            if (m.settingsName().equalsIgnoreCase(name.strip())) {
                return m;
            }
        }
        throw new IllegalArgumentException("mode '" + name + "' is unknown: use dedupe, link_only or link_and_dedupe");
    }
}
