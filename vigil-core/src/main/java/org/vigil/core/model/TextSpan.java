package org.vigil.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Characters {@code [start, end)} of a text, counted in UTF-16 code units as Java strings are.
 *
 * @param start first character, zero-based
 * @param end   one past the last character
 */
public record TextSpan(@JsonProperty(required = true) int start, @JsonProperty(required = true) int end) {

    /** Rejects empty and reversed spans. */
    public TextSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") is empty or reversed: need 0 <= start < end");
        }
    }

    /** The spanned part of a text. */
    public String of(String text) {
        return text.substring(start, end);
    }
}
