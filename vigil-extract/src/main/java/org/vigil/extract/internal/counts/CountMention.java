package org.vigil.extract.internal.counts;

import org.vigil.core.count.Count;

/**
 * A figure found in a sentence.
 *
 * @param start  first character of the figure's words in the sentence
 * @param end    one past the last character
 * @param count  the figure and its qualifier
 * @param what   what was counted ("riot police officers charged")
 * @param kind   {@code people}, {@code organizations}, {@code events} or {@code duration}
 * @param head   the counted noun ("officers"), empty for "15 killed" or a duration
 * @param label  the words from the number to the noun ("Four riot police officers"), naming a group
 */
public record CountMention(int start, int end, Count count, String what, String kind, String head, String label) {

    /** True when the figure names a group of people or bodies that later sentences can refer to. */
    public boolean namesGroup() {
        return !head.isEmpty() && !kind.equals("duration") && !kind.equals("events")
                && !head.equals("people") && !head.equals("persons") && !head.equals("deaths") && !head.equals("bodies");
    }
}
