package org.vigil.extract.internal.assembly;

import org.vigil.extract.internal.counts.CountMention;

import java.util.Optional;

/**
 * Who a clause is about: a named person or a counted group.
 *
 * @param key   the person's entity key, or the group's key ({@code group:12:defendants})
 * @param label the name, or the group's words ("Four riot police officers")
 * @param group the group's figure, when it is a group
 */
record Subject(String key, String label, Optional<CountMention> group) {

    static String groupKey(CountMention c) {
        return "group:" + c.count().value() + ":" + c.head();
    }

    boolean isGroup() {
        return group.isPresent();
    }

    /** Two subjects may be the same: same key, or groups of the same size. */
    boolean compatible(Subject other) {
        return key.equals(other.key) || isGroup() && other.isGroup()
                && group.get().count().value() == other.group.get().count().value();
    }
}
