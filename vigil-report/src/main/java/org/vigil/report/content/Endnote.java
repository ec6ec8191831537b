package org.vigil.report.content;

/**
 * A source cited by the internal version.
 *
 * @param number the note's number
 * @param text the citation: author, title, date and where in the source
 */
public record Endnote(int number, String text) {
}
