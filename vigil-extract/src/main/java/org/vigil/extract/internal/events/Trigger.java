package org.vigil.extract.internal.events;

/**
 * A word that says what happened ("arrested", "trial", "released").
 *
 * @param start first character in the sentence
 * @param end   one past the last character
 * @param type  the kind of happening ({@code arrest}, {@code trial}, {@code release}...)
 * @param noun  true for a noun ("trial", "unrest"), false for a verb form
 */
public record Trigger(int start, int end, String type, boolean noun) {
}
