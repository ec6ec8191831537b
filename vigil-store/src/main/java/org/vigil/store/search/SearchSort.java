package org.vigil.store.search;

/** The order of hits; every order breaks ties by record id, so pages never overlap or skip. */
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
