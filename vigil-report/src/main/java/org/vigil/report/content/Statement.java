package org.vigil.report.content;

import java.util.List;

/**
 * One sentence of a report and the endnotes that cite its sources (none in the public version).
 *
 * @param text the sentence, plain text (renderers escape it)
 * @param notes endnote numbers
 */
public record Statement(String text, List<Integer> notes) {
    /** Copies the notes. */
    public Statement {
        notes = List.copyOf(notes);
    }
}
