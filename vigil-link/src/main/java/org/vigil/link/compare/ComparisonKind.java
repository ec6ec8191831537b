package org.vigil.link.compare;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a field holds, which decides how two values of it are compared. */
public enum ComparisonKind {
    /** One name part (a given name or a surname), in any script. */
    NAME,
    /** A whole person's name in one value, in any order, with initials, patronymic and titles. */
    PERSON_NAME,
    /** A date, possibly partial ("1975", "03.1975"), in one value or in year, month and day columns. */
    DATE,
    /** Free text such as an address line. */
    TEXT,
    /** A place name (city, district, region) in any script. */
    PLACE,
    /** An identifier or code (document number, postcode, street number) where typos are single digits. */
    IDENTIFIER,
    /** A value from a small set (state, sex) that either agrees or not. */
    CATEGORY,
    /** An e-mail address. */
    EMAIL;

    /** The name used in settings files: {@code person_name}. */
    @com.fasterxml.jackson.annotation.JsonValue
    public String settingsName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named in a settings file, ignoring case. */
    public static Optional<ComparisonKind> fromSettingsName(String name) {
        for (ComparisonKind k : values()) {
            if (k.settingsName().equalsIgnoreCase(name.strip())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** All settings names, for error messages. */
    public static String allSettingsNames() {
        return Arrays.stream(values()).map(ComparisonKind::settingsName).collect(Collectors.joining(", "));
    }
}
