package org.vigil.store.search;

/**
 * The order of hits. Ties are broken in a fixed way (by a hash of the record id; equal relevance by index
 * order), so the pages of one index state never overlap or skip.
 */
public enum SearchSort {
    /** Best match first; without search text, the same as {@link #LABEL}. */
    RELEVANCE,
    /** Latest first by the earliest day the record's date may denote; undated records last. */
    NEWEST_FIRST,
    /** Earliest first by the earliest day the record's date may denote; undated records last. */
    OLDEST_FIRST,
    /** Alphabetical by label (ICU root collation: accents and case second, Latin before Cyrillic). */
    LABEL
}
