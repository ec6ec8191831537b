package org.vigil.app.web.view;

import org.vigil.core.model.Record;
import org.vigil.core.model.Source;

import java.util.List;

/** A source in the list of sources: the record, its author and its date in words ("" when not stated). */
public record SourceRow(Source source, String author, String date) {

    /** The rows of sources, in their order. */
    public static List<SourceRow> of(List<? extends Record> sources) {
        return sources.stream().map(Source.class::cast)
                .map(s -> new SourceRow(s, Plain.text(s.author()), Plain.date(s.date()))).toList();
    }
}
