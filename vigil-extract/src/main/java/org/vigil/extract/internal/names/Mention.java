package org.vigil.extract.internal.names;

/**
 * One mention of a named entity in a sentence.
 *
 * @param sentence the sentence's index in the report
 * @param start    first character in the sentence
 * @param end      one past the last character
 * @param type     person, organisation or place
 * @param key      the entity it refers to (its key in {@link Entities})
 */
public record Mention(int sentence, int start, int end, EntityType type, String key) {
}
