package org.vigil.extract.internal.legal;

import org.vigil.core.model.ProceedingStep;

/**
 * A penalty stated in a sentence.
 *
 * @param start   first character of the penalty's words ("sentenced to seven years")
 * @param end     one past the last character
 * @param penalty the term, range, life, days, fine, death, confiscation
 */
public record PenaltyMention(int start, int end, ProceedingStep.Sentence penalty) {
}
