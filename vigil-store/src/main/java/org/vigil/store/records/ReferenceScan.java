package org.vigil.store.records;

import org.vigil.core.model.FieldValues;
import org.vigil.core.model.Record;
import org.vigil.core.model.Reference;

import java.util.Set;
import java.util.TreeSet;

/** The ids a record refers to: the values at the reference paths its type declares. */
final class ReferenceScan {

    private ReferenceScan() {
    }

    /** Every id the record refers to, its own id left out. */
    static Set<String> references(Record record) {
        Set<String> ids = new TreeSet<>();
        for (Reference ref : record.recordType().references()) {
            for (FieldValues.Found f : FieldValues.textsAt(record, ref.path())) {
                ids.add((String) f.value());
            }
        }
        ids.remove(record.id());
        return ids;
    }
}
