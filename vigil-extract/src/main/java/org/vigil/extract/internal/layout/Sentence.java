package org.vigil.extract.internal.layout;

import org.vigil.core.model.TextSpan;

import java.util.List;

/**
 * One sentence of a block.
 *
 * @param block    the block it belongs to
 * @param index    position among all sentences of the report
 * @param text     the sentence with each character's input offset
 */
public record Sentence(Block block, int index, StitchedText text) {

    /** The sentence as a string. */
    public String string() {
        return text.text();
    }

    /** The input spans of characters {@code [from, to)} of this sentence. */
    public List<TextSpan> evidence(int from, int to) {
        return text.spans(from, to);
    }

    /** True when the sentence belongs to a heading. */
    public boolean isHeading() {
        return block.kind() == BlockKind.HEADING;
    }
}
