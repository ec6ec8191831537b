package org.vigil.extract.internal.layout;

/**
 * One block of a report after layout repair: a heading, a paragraph of running text (re-joined when a box
 * split it) or a side box.
 *
 * @param index    position among the blocks, in the order of their first character in the input
 * @param kind     heading, text or side box
 * @param text     the block's text with each character's input offset
 */
public record Block(int index, BlockKind kind, StitchedText text) {
}
