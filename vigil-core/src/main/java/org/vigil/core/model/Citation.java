package org.vigil.core.model;

import java.util.Optional;

/**
 * A pointer from a fact to the source that supports it, and where in that source's text.
 *
 * @param sourceId the cited {@link Source}
 * @param span     character offsets into the source text, when known
 * @param note     a page number or other locator
 */
public record Citation(String sourceId, Optional<TextSpan> span, Optional<String> note) {

    /** Normalises absent parts. */
    public Citation {
        sourceId = Fields.required(sourceId);
        span = Fields.optional(span);
        note = Fields.text(note);
    }

    /** A citation of a whole source. */
    public static Citation of(String sourceId) {
        return new Citation(sourceId, Optional.empty(), Optional.empty());
    }

    /** A citation of a span of a source's text. */
    public static Citation of(String sourceId, int start, int end) {
        return new Citation(sourceId, Optional.of(new TextSpan(start, end)), Optional.empty());
    }
}
