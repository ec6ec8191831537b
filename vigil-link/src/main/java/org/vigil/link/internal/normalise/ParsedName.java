package org.vigil.link.internal.normalise;

import org.vigil.core.text.NameSkeleton;

import java.util.List;

/**
 * A person's name split into its parts, transliterated and folded, ready to compare whatever the
 * order the source wrote it in.
 *
 * @param words       full name words (given names and surnames, not patronymics), lower-case ASCII
 * @param keys        the {@link NameSkeleton} of each word, same order
 * @param initials    the letters of abbreviated parts ("R." gives {@code r}; "Zh." gives {@code zh})
 * @param patronymic  the father's-name root of a patronymic ("Ivanovich", "Nurlanuly" give
 *                    {@code ivan}, {@code nurlan} as spelling keys), or empty
 * @param frequencyKey the words' keys sorted and joined: equal for names with the same words
 */
public record ParsedName(List<String> words, List<String> keys, List<String> initials, String patronymic,
                         String frequencyKey) {

    /** Copies the lists. */
    public ParsedName {
        words = List.copyOf(words);
        keys = List.copyOf(keys);
        initials = List.copyOf(initials);
    }

    /** True when nothing of a name is left. */
    public boolean isEmpty() {
        return words.isEmpty() && initials.isEmpty() && patronymic.isEmpty();
    }
}
