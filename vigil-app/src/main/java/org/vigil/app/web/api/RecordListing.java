package org.vigil.app.web.api;

import org.springframework.stereotype.Component;
import org.vigil.app.web.security.Caller;
import org.vigil.core.model.Event;
import org.vigil.core.model.Record;
import org.vigil.core.model.RecordType;
import org.vigil.core.time.PartialDate;
import org.vigil.store.Store;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Filtered, paged lists of the records a caller may see (shared by the API and the list pages). */
@Component
public class RecordListing {

    private final Store store;
    private final Caller caller;

    /** Listing over the application's store. */
    public RecordListing(Store store, Caller caller) {
        this.store = store;
        this.caller = caller;
    }

    /** A page of records and the number of visible matches. */
    public record Page(List<Record> records, long total) {
    }

    /**
     * Visible records of a type matching a text (in the label), a violation category and a date range
     * (a record matches when its dates overlap the range).
     */
    public Page page(RecordType type, String text, String category, String from, String to, int page, int size) {
        LocalDate fromDay = from.isBlank() ? LocalDate.MIN : PartialDate.parse(from).earliest();
        LocalDate toDay = to.isBlank() ? LocalDate.MAX : PartialDate.parse(to).latest();
        String needle = text.toLowerCase(Locale.ROOT);
        List<Record> matches = store.records().list(type).stream()
                .flatMap(r -> caller.view(r).stream())
                .filter(r -> needle.isEmpty() || r.label().toLowerCase(Locale.ROOT).contains(needle))
                .filter(r -> category.isBlank() || (r instanceof Event e && e.violationCategories().contains(category)))
                .filter(r -> !(r instanceof Event e) || e.start().isEmpty()
                        || (!e.start().get().earliest().isAfter(toDay)
                        && !e.end().orElse(e.start().get()).latest().isBefore(fromDay)))
                .toList();
        int fromIndex = Math.min(matches.size(), page * size);
        return new Page(matches.subList(fromIndex, Math.min(matches.size(), fromIndex + size)), matches.size());
    }
}
