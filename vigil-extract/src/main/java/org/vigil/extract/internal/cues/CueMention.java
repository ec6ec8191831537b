package org.vigil.extract.internal.cues;

/**
 * Words in a sentence that show a category, a torture method or a fair-trial concern.
 *
 * @param code  the vocabulary code
 * @param start first character in the sentence
 * @param end   one past the last character
 * @param text  the words
 */
public record CueMention(String code, int start, int end, String text) {
}
