package org.vigil.extract.internal.layout;

/** What a block of a report is. */
public enum BlockKind {
    /** A section heading or the entry's title: a short line without closing punctuation. */
    HEADING,
    /** Running text. */
    TEXT,
    /** A case box printed beside the running text and interleaved into it by PDF extraction. */
    SIDE_BOX
}
