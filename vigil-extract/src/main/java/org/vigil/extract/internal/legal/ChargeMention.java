package org.vigil.extract.internal.legal;

/**
 * An offence named in a sentence.
 *
 * @param start   first character of the offence's words
 * @param end     one past the last character
 * @param text    the offence ("inciting social discord")
 * @param trigger where the verb or noun that introduced it starts ("charged", "on charges of")
 */
public record ChargeMention(int start, int end, String text, int trigger) {
}
