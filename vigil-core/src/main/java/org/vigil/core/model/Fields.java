package org.vigil.core.model;

import java.util.List;
import java.util.Optional;

/** Normalises absent values at construction so records never hold nulls. */
final class Fields {

    private Fields() {
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    static <T> Optional<T> optional(Optional<T> value) {
        return value == null ? Optional.empty() : value;
    }

    /** Blank text is treated as absent, so "" and a missing field mean the same thing. */
    static Optional<String> text(Optional<String> value) {
        return value == null ? Optional.empty() : value.filter(s -> !s.isBlank());
    }

    static String required(String value) {
        return value == null ? "" : value;
    }
}
