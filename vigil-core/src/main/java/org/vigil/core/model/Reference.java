package org.vigil.core.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A field of a record type that holds the id of another record.
 *
 * @param path      the field's path without list indices ({@code eventId}, {@code names.sourceId})
 * @param targets   the types of record the id may name
 * @param essential true when the record means nothing without the record named (an act without its
 *                  victim): a view that leaves the target out leaves this record out too; a reference
 *                  that is not essential is cut instead
 */
public record Reference(String path, Set<RecordType> targets, boolean essential) {

    /** Normalises the targets to an unmodifiable set in the order of the types (messages list them so). */
    public Reference {
        EnumSet<RecordType> ordered = EnumSet.noneOf(RecordType.class);
        ordered.addAll(targets);
        targets = Collections.unmodifiableSet(ordered);
    }

    /** A reference without which the record means nothing. */
    static Reference essential(String path, RecordType first, RecordType... rest) {
        return new Reference(path, EnumSet.of(first, rest), true);
    }

    /** A reference that may be cut. */
    static Reference optional(String path, RecordType first, RecordType... rest) {
        return new Reference(path, EnumSet.of(first, rest), false);
    }

    /** A reference that may be cut and may name a record of any type. */
    static Reference optionalToAny(String path) {
        return new Reference(path, EnumSet.allOf(RecordType.class), false);
    }
}
