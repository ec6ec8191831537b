package org.vigil.app.web.view;

import org.vigil.core.model.Event;

import java.util.List;

/** An event in a list of events: the record, and its start date in words ("" when not stated). */
public record EventRow(Event event, String date) {

    /** The row of an event. */
    public static EventRow of(Event event) {
        return new EventRow(event, Plain.date(event.start()));
    }

    /** The rows of events, in their order. */
    public static List<EventRow> of(List<Event> events) {
        return events.stream().map(EventRow::of).toList();
    }
}
