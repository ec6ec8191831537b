package org.vigil.extract.records;

import org.vigil.core.model.Record;
import org.vigil.core.model.Source;

import java.util.List;
import java.util.Map;

/**
 * vigil-core records drafted from reviewed facts, ready to be stored.
 *
 * @param source       the report as a Source, with the text every citation's span points into
 * @param records      the other records (organisations, persons and groups, the event, proceedings, acts)
 * @param recordsByFact for each fact id, the ids of the records made from it (for the review screen)
 */
public record DraftRecords(Source source, List<Record> records, Map<String, List<String>> recordsByFact) {

    /** Copies collections. */
    public DraftRecords {
        records = List.copyOf(records);
        recordsByFact = Map.copyOf(recordsByFact);
    }

    /** The source followed by the other records. */
    public List<Record> all() {
        List<Record> all = new java.util.ArrayList<>();
        all.add(source);
        all.addAll(records);
        return all;
    }
}
