package org.vigil.extract.internal.events;

import org.vigil.extract.internal.dates.DateMention;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which trigger a date dates. A date that opens its sentence ("On 8 October, he was convicted")
 * dates the first finite verb after it; any other date ("sentenced ... in May", "the unrest in Osh in
 * December 2011") dates the nearest trigger before it, and failing that the first after it.
 */
public final class EventClause {

    private static final int BACKWARD_REACH = 160;
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "its", "their", "his", "her");

    private EventClause() {
    }

    /** The trigger a date phrase belongs to, if any. */
    public static Optional<Trigger> triggerOf(String sentence, DateMention date, List<Trigger> triggers) {
        boolean opening = sentence.substring(0, date.start()).strip().split("\\s+").length <= 1
                && date.start() <= 4;
        if (opening) {
            Optional<Trigger> after = firstFiniteAfter(sentence, date, triggers);
            return after.isPresent() ? after : nearestBefore(date, triggers);
        }
        Optional<Trigger> before = nearestBefore(date, triggers);
        return before.isPresent() ? before : firstFiniteAfter(sentence, date, triggers);
    }

    private static Optional<Trigger> nearestBefore(DateMention date, List<Trigger> triggers) {
        Trigger best = null;
        for (Trigger t : triggers) {
            if (t.end() <= date.start() && date.start() - t.end() <= BACKWARD_REACH) {
                best = t;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<Trigger> firstFiniteAfter(String sentence, DateMention date, List<Trigger> triggers) {
        for (Trigger t : triggers) {
            if (t.start() < date.end() || t.noun()) {
                continue;
            }
            String word = sentence.substring(t.start(), t.end());
            if (word.endsWith("ing")) {
                continue;
            }
            String before = sentence.substring(Math.max(0, t.start() - 12), t.start()).strip();
            String[] words = before.split("\\s+");
            String previous = words.length == 0 ? "" : words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
            if (DETERMINERS.contains(previous)) {
                continue;
            }
            return Optional.of(t);
        }
        return Optional.empty();
    }
}
