package org.vigil.extract.internal.dates;

import org.vigil.core.time.PartialDate;

/**
 * A date phrase in a sentence.
 *
 * @param start        first character in the sentence
 * @param end          one past the last character
 * @param date         the date it denotes
 * @param explicitYear true when the phrase itself states the year
 */
public record DateMention(int start, int end, PartialDate date, boolean explicitYear) {
}
