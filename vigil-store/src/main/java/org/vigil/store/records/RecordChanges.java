package org.vigil.store.records;

import org.vigil.core.model.Record;

import java.util.List;

/**
 * What a committed write changed: records saved (as plaintext, current versions) and ids deleted.
 * Listeners such as the search index follow the store through it.
 *
 * @param saved   new current versions
 * @param deleted ids now deleted
 */
public record RecordChanges(List<Record> saved, List<String> deleted) {

    /** Copies the lists. */
    public RecordChanges {
        saved = List.copyOf(saved);
        deleted = List.copyOf(deleted);
    }
}
